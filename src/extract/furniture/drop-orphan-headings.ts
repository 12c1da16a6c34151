import type { Element, ElementContent } from 'hast'
import { HEADING_TAGS } from '../page-index.js'
import type { FurnitureRemoval } from './furniture-check.js'

export const ORPHAN_HEADING_REASON =
  'Unexpected heading of a removed section, expected article content'

/**
 * Headings whose section was removed: a heading followed only by removed
 * elements up to the next heading or the end ("Comments", "Related posts").
 */
export function dropOrphanHeadings(
  before: readonly ElementContent[],
  kept: ElementContent[],
  sections: ReadonlySet<ElementContent>,
  removed: FurnitureRemoval[],
): ElementContent[] {
  const keptSet = new Set(kept)
  const orphans = new Set<ElementContent>()
  let heading: Element | undefined
  let removedAfterHeading = false
  for (const child of before) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type === 'comment') continue
    if (!keptSet.has(child)) {
      if (heading && sections.has(child)) removedAfterHeading = true
      continue
    }
    // The article's title (h1) is never an orphan.
    const isHeading =
      child.type === 'element' && HEADING_TAGS.has(child.tagName) && child.tagName !== 'h1'
    if (heading && removedAfterHeading && isHeading) orphans.add(heading)
    heading = isHeading ? (child as Element) : undefined
    removedAfterHeading = false
  }
  if (heading && removedAfterHeading) orphans.add(heading)
  if (orphans.size === 0) return kept
  for (const orphan of orphans) {
    removed.push({
      element: orphan as Element,
      check: 'orphan-heading',
      reason: ORPHAN_HEADING_REASON,
    })
  }
  return kept.filter((child) => !orphans.has(child))
}
