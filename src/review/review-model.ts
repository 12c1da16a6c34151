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
  readonly sources: readonly ReviewSource[]
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
}
