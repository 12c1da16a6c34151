import type { Element } from 'hast'
import type { ElementInfo, PageIndex } from '../page-index.js'

/** Least text outside links, in characters, of a paragraph that starts or ends the article's prose. */
export const MIN_PROSE_PARAGRAPH = 80

/** Document-order positions of the first and last paragraphs of prose in a container. */
export interface ProseSpan {
  readonly first: number
  /** Position of the last element inside the last paragraph. */
  readonly last: number
}

export function proseSpan(container: Element, index: PageIndex): ProseSpan {
  const start = index.info.get(container)
  if (!start) return { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY }
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let lastDepth = 0
  for (let i = start.order + 1; i < index.elements.length; i++) {
    const entry = index.elements[i] as ElementInfo
    if (entry.depth <= start.depth) break
    if (last !== Number.NEGATIVE_INFINITY && entry.depth > lastDepth) last = entry.order
    if (entry.unitScore > 0 && entry.ownText - entry.ownLink >= MIN_PROSE_PARAGRAPH) {
      if (first === Number.POSITIVE_INFINITY) first = entry.order
      last = entry.order
      lastDepth = entry.depth
    }
  }
  return { first, last }
}

/** Bylines and date lines are furniture above or below the prose, not inside it. */
export function outsideProse(entry: ElementInfo, prose: ProseSpan): boolean {
  return entry.order < prose.first || entry.order > prose.last
}
