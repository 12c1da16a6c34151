/** What the review page shows, built in Node and embedded in the page as JSON. */

export interface ReviewRemoval {
  readonly id: number
  readonly ruleId: string
  readonly reason: string
  readonly line?: number
  readonly column?: number
  readonly preview: string
}

export type ReviewSourceStatus = 'ok' | 'changed' | 'missing' | 'unreadable'

export interface ReviewSource {
  readonly path: string
  readonly title?: string
  /** Estimated similarity to the canonical member, 0–1. */
  readonly similarity?: number
  readonly canonical: boolean
  readonly status: ReviewSourceStatus
  /** Why the source is shown differently (missing, changed, …), for the editor. */
  readonly notes: readonly string[]
  /** Removals per rule id found at review time. */
  readonly counts: Readonly<Record<string, number>>
  readonly removals: readonly ReviewRemoval[]
  /** The source text, HTML-escaped, removed ranges in `<mark data-rule>`; absent when unreadable. */
  readonly html?: string
  /**
   * An HTML source as a reader saw it (see `renderReadingView`), removed parts
   * marked in place; absent for Markdown sources, which are shown as text.
   */
  readonly reading?: string
  /** Removals that the reading view cannot show (in `<head>`, inside a tag): see the raw source. */
  readonly unshown?: number
  /** Share (0–1) of the source's text that the removals cover. */
  readonly removedShare?: number
}

export interface ReviewGroup {
  readonly slug: string
  readonly title: string
  readonly titleVariants: readonly string[]
  readonly kind?: string
  readonly date?: string
  readonly notes: readonly string[]
  /** The canonical `<slug>.md`, rendered and sanitized; absent when it cannot be read. */
  readonly canonicalHtml?: string
  /** The canonical article's plain text, for search (kept out of the group's own data block). */
  readonly articleText?: string
  readonly sources: readonly ReviewSource[]
  /** How the group differs from the output folder at `ReviewModel.since` (absent: unchanged or no --since). */
  readonly change?: ReviewChange
}

/** One part of a word diff: kept, inserted or deleted text. */
export interface DiffPart {
  readonly op: 'equal' | 'insert' | 'delete'
  readonly text: string
}

export interface ReviewChange {
  readonly status: 'new' | 'changed' | 'removed'
  /** Word-level diff of `<slug>.md` from the ref to now (changed groups). */
  readonly diff?: readonly DiffPart[]
}

/** The commit the output folder is compared with (`winnow review --since REF`). */
export interface ReviewSince {
  readonly ref: string
  readonly commit: string
}

export interface ReviewInputProblem {
  readonly path: string
  readonly status: 'skipped' | 'error'
  readonly reason: string
}

export interface ReviewModel {
  readonly inputs: number
  readonly ok: number
  readonly skipped: number
  readonly failed: number
  /** Inputs that are in no group, with the reason. */
  readonly problems: readonly ReviewInputProblem[]
  readonly groups: readonly ReviewGroup[]
  readonly since?: ReviewSince
}
