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

/**
 * Run every hast rule that is on, in order, then the strict sanitizer. The
 * selector rules' data reaches the selector runner without the rules that
 * are off, so no rule checks for itself.
 */
export function cleanHast(tree: Root, file: VFile, options: CleanOptions = {}): Root {
  const policy = options.policy ?? defaultPolicy
  const enabled: CleanPolicy = {
    ...policy,
    elementRules: policy.elementRules.filter((rule) => !policy.disabled.has(rule.id)),
  }
  const context = createRuleContext(file, enabled, options.pageUrl)
  for (const rule of hastRules) {
    if ('id' in rule && policy.disabled.has(rule.id)) continue
    rule.run(tree, context)
  }
  const clean = sanitize(tree, sanitizeSchema)
  return clean.type === 'root' ? clean : { type: 'root', children: [] }
}
