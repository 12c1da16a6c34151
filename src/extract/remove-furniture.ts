import type { Element, ElementContent } from 'hast'
import { dropOrphanHeadings } from './furniture/drop-orphan-headings.js'
import {
  type FurnitureRemoval,
  type FurnitureVerdict,
  HIDDEN_REASON,
  NOT_A_SECTION,
} from './furniture/furniture-check.js'
import { type FurnitureScope, furnitureReason } from './furniture/furniture-reason.js'
import { isDataTable } from './furniture/is-data-table.js'
import { LINK_PARAGRAPH_RUN_REASON, linkParagraphRuns } from './furniture/link-paragraph-runs.js'
import { proseSpan } from './furniture/prose-span.js'
import { isHidden } from './non-content.js'
import type { PageIndex } from './page-index.js'

export type { FurnitureRemoval } from './furniture/furniture-check.js'

/** What `removeFurniture` did, to report it or to undo it. */
export interface FurnitureResult {
  readonly removed: readonly FurnitureRemoval[]
  /** The children each changed element had before. */
  readonly undo: readonly { readonly element: Element; readonly children: ElementContent[] }[]
}

/** An element on the way down, with what its ancestors are. */
interface Scope extends FurnitureScope {
  readonly element: Element
}

/**
 * Remove page furniture inside the chosen container, top-down: hidden
 * elements, navigation, sidebars, footers, share rows, comment sections and
 * other articles, bylines, and blocks that read like link lists or widgets
 * rather than prose. The core element and its ancestors are never removed.
 * Scripts, embeds and ad slots are left to the cleaning rules. Each check
 * lives in `furniture/`, one file per heuristic.
 */
export function removeFurniture(
  container: Element,
  index: PageIndex,
  core: Element | undefined,
): FurnitureResult {
  const removed: FurnitureRemoval[] = []
  const undo: { element: Element; children: ElementContent[] }[] = []
  const coreText = core ? (index.info.get(core)?.text ?? 0) : 0
  const prose = proseSpan(container, index)
  const protectedElements = new Set<Element>()
  for (let element = core; element; element = index.info.get(element)?.parent) {
    protectedElements.add(element)
  }
  const stack: Scope[] = [
    { element: container, inDataTable: false, inFigure: container.tagName === 'figure' },
  ]
  while (stack.length > 0) {
    const scope = stack.pop() as Scope
    const { element } = scope
    let changed = false
    const kept: ElementContent[] = []
    const sections = new Set<ElementContent>()
    const linkRuns = linkParagraphRuns(element, index)
    for (const child of element.children) {
      if (child.type === 'element' && !protectedElements.has(child)) {
        const entry = index.info.get(child)
        const verdict: FurnitureVerdict | undefined = linkRuns.has(child)
          ? { check: 'link-paragraph-run', reason: LINK_PARAGRAPH_RUN_REASON }
          : entry
            ? furnitureReason(entry, scope, coreText, prose)
            : isHidden(child)
              ? { check: 'hidden-element', reason: HIDDEN_REASON }
              : undefined
        if (verdict) {
          removed.push({ element: child, ...verdict })
          // A byline or hidden element is not a section: its heading stays.
          if (!NOT_A_SECTION.has(verdict.check)) sections.add(child)
          changed = true
          continue
        }
      }
      kept.push(child)
      if (child.type === 'element' && index.info.has(child)) {
        stack.push({
          element: child,
          inDataTable: scope.inDataTable || isDataTable(child),
          inFigure: scope.inFigure || child.tagName === 'figure',
        })
      }
    }
    if (changed) {
      undo.push({ element, children: element.children })
      element.children = dropOrphanHeadings(element.children, kept, sections, removed)
    }
  }
  return { removed, undo }
}

/** Put back what `removeFurniture` removed. */
export function undoRemoval(result: FurnitureResult): void {
  for (let i = result.undo.length - 1; i >= 0; i--) {
    const step = result.undo[i]
    if (step) step.element.children = step.children
  }
}
