import { repeatedBoilerplateRule } from '../canonical/repeated-boilerplate.js'
import { hastRules } from '../clean/hast-rules.js'
import { mainContentRule } from '../extract/select-main-content.js'
import { UsageError } from '../messages/usage-error.js'
import { deepNestingRule } from '../read/flatten-deep-nesting.js'
import { titleSiteNameRule, titleSourceRule } from '../structure/clean-title.js'
import { textRepairs } from '../structure/repair-text.js'
import { pageOnlyLinkRule, resolveUrlRule } from '../structure/resolve-urls.js'
import { layoutTableRule, tableAsListRule } from '../structure/shape-tables.js'
import type { RuleDefinition } from '../types/rule-definition.js'

/**
 * Every rule winnow has, in pipeline order: the single source of the known
 * ids, of `--disable` / `--enable` and config `rules` checking, of the
 * config schema's rule keys and of the docs' rules table
 * (`npm run docs:rules`). Each stage runs its own rules, in its own order.
 */
export const ruleRegistry: readonly RuleDefinition[] = [
  deepNestingRule,
  mainContentRule,
  layoutTableRule,
  tableAsListRule,
  ...hastRules.flatMap((rule) => ('id' in rule ? [rule] : (rule.rules ?? []))),
  titleSourceRule,
  titleSiteNameRule,
  resolveUrlRule,
  pageOnlyLinkRule,
  ...textRepairs,
  repeatedBoilerplateRule,
]

/** Every rule id, sorted. */
export const knownRuleIds: readonly string[] = ruleRegistry.map((rule) => rule.id).sort()

/** Where rule ids were read, for the error that names an unknown one. */
export interface RuleIdSource {
  /** The file they came from, if any (a config file). */
  readonly file?: string
  /** The option or key: `--disable`, `"rules"`. */
  readonly source: string
}

/** Throw a `UsageError` naming the first id that is not a registered rule's. */
export function checkRuleIds(ids: Iterable<string>, where: RuleIdSource): void {
  for (const id of ids) {
    if (knownRuleIds.includes(id)) continue
    const file = where.file === undefined ? '' : `${where.file}: `
    throw new UsageError(
      `${file}unknown rule '${id}' in ${where.source}; known rules: ${knownRuleIds.join(', ')}`,
    )
  }
}
