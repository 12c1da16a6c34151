import type { Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import type { VFile } from 'vfile'
import { hastRules } from './hast-rules.js'
import { createRuleContext } from './rule.js'
import { sanitizeSchema } from './sanitize-schema.js'

export interface CleanOptions {
  /** Rule ids to turn off. */
  readonly disabledRules?: ReadonlySet<string>
}

/** Run every hast rule family in order, then the strict sanitizer. */
export function cleanHast(tree: Root, file: VFile, options: CleanOptions = {}): Root {
  const context = createRuleContext(file, options.disabledRules ?? new Set())
  for (const rule of hastRules) rule.run(tree, context)
  const clean = sanitize(tree, sanitizeSchema)
  return clean.type === 'root' ? clean : { type: 'root', children: [] }
}
