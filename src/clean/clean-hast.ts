import type { Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import type { VFile } from 'vfile'
import { hastRules } from './hast-rules.js'
import { type CleanPolicy, defaultPolicy } from './policy.js'
import { createRuleContext } from './rule.js'
import { sanitizeSchema } from './sanitize-schema.js'

export interface CleanOptions {
  /** The rule catalogue and the user's additions; the built-in catalogue when left out. */
  readonly policy?: CleanPolicy
  /** The page's own URL, for site-specific filter-list rules. */
  readonly pageUrl?: string | undefined
}

/** Run every hast rule family in order, then the strict sanitizer. */
export function cleanHast(tree: Root, file: VFile, options: CleanOptions = {}): Root {
  const context = createRuleContext(file, options.policy ?? defaultPolicy, options.pageUrl)
  for (const rule of hastRules) rule.run(tree, context)
  const clean = sanitize(tree, sanitizeSchema)
  return clean.type === 'root' ? clean : { type: 'root', children: [] }
}
