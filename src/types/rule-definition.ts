/**
 * Where a rule runs, in pipeline order: on the raw text before it is parsed
 * (`read`), on a Markdown input's blocks before its raw HTML is parsed
 * (`mdast`), while the article is chosen in an HTML page (`extract`), on the
 * article's tree (`hast`), while the record is built (`structure`), or across
 * the whole set (`canonical`).
 */
export type RuleStage = 'read' | 'mdast' | 'extract' | 'hast' | 'structure' | 'canonical'

/** One rule: one id, reported on every message it makes, and turned off by that id. */
export interface RuleDefinition<Run = unknown, Data = unknown> {
  /** Kebab-case id, as `ruleId` on its messages, in `--disable` and in the config's `rules`. */
  readonly id: string
  readonly stage: RuleStage
  /** What it removes or repairs, one sentence, for the docs' rules table. */
  readonly description: string
  /** The rule's built-in policy data (selectors, labels, hosts), when it has any. */
  readonly data?: Data
  /** The config keys that add to its data, when it has any (see `winnow.config.json`). */
  readonly options?: readonly string[]
  /**
   * What the stage's runner calls; left out for a rule whose data another
   * rule's code applies (the selector rules). The runner skips a rule that
   * is turned off, so no rule checks for itself.
   */
  readonly run?: Run
}

/** Define a rule: the identity, typed, so that each rule file reads as data. */
export function defineRule<const Rule extends RuleDefinition>(rule: Rule): Rule {
  return rule
}
