import type { Element } from 'hast'

/**
 * The named checks that remove page furniture inside the article container,
 * one id per check, so a removal says which heuristic made it.
 */
export type FurnitureCheck =
  | 'hidden-element'
  | 'link-paragraph-run'
  | 'furniture-element'
  | 'furniture-hint'
  | 'nested-article'
  | 'byline'
  | 'image-block'
  | 'list-items-outside-list'
  | 'form-block'
  | 'short-link-block'
  | 'link-heavy-block'
  | 'orphan-heading'

/** One element removed from the article container, by which check, and why. */
export interface FurnitureRemoval {
  readonly element: Element
  readonly check: FurnitureCheck
  readonly reason: string
}

/** A check's verdict on one element: which check fired and the reason a person reads. */
export interface FurnitureVerdict {
  readonly check: FurnitureCheck
  readonly reason: string
}

/** Checks whose element is not a section: the heading above it stays. */
export const NOT_A_SECTION: ReadonlySet<FurnitureCheck> = new Set(['byline', 'hidden-element'])

export const HIDDEN_REASON = 'Unexpected hidden element, expected article content'
