import type { FilterLists } from './filter-lists.js'
import { type ElementRule, elementRules } from './rules/element-rules.js'

/**
 * Everything the cleaning rules read that a user can change: the built-in
 * catalogue plus what `winnow.config.json` and `--filter-list` add.
 */
export interface CleanPolicy {
  /** Rule ids that are turned off. */
  readonly disabled: ReadonlySet<string>
  /** Selector rules, built-in first, then the config's. */
  readonly elementRules: readonly ElementRule[]
  /** Extra marker-comment texts (matched inside the comment, ignoring case). */
  readonly markerComments: { readonly begin: readonly string[]; readonly end: readonly string[] }
  /** Extra link-list labels (matched as the whole label, ignoring case and punctuation). */
  readonly linkListLabels: readonly string[]
  /** Extra affiliate hosts (a host matches itself and its subdomains). */
  readonly affiliateHosts: readonly string[]
  /** Parsed EasyList-syntax filter lists, if any were given. */
  readonly filterLists?: FilterLists
  /**
   * The filter lists' text, as read: plain data that can be sent to a worker
   * thread, which parses it into its own engine once.
   */
  readonly filterListTexts?: readonly string[]
  /** Hash of the filter lists' text, so caches know when a list changed. */
  readonly filterListsHash?: string
}

export const defaultPolicy: CleanPolicy = {
  disabled: new Set(),
  elementRules,
  markerComments: { begin: [], end: [] },
  linkListLabels: [],
  affiliateHosts: [],
}

/** A policy with more rules turned off. */
export function withDisabled(policy: CleanPolicy, disabled: Iterable<string>): CleanPolicy {
  return { ...policy, disabled: new Set([...policy.disabled, ...disabled]) }
}
