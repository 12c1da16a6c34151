import type { Element } from 'hast'
import type { ElementInfo } from '../page-index.js'
import { isFurnitureElement } from '../score-candidates.js'
import type { FurnitureVerdict } from './furniture-check.js'
import { BYLINE_REASON, isByline } from './is-byline.js'
import { isDataTable } from './is-data-table.js'
import { outsideProse, type ProseSpan } from './prose-span.js'
import { widgetReason } from './widget-reason.js'

/** Containers that are checked for furniture (Readability's "clean conditionally", widened). */
export const CONDITIONAL_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'header',
  'form',
  'fieldset',
  'table',
  'ul',
  'ol',
  'dl',
])

/** A block with this many commas reads as prose and is never judged by its shape. */
export const PROSE_COMMAS = 10

/** Another article inside the article is furniture when its text is below this share of the core's. */
export const MAX_NESTED_ARTICLE_SHARE = 0.5

/** What an element's parent scope is, as the checks need it. */
export interface FurnitureScope {
  readonly inDataTable: boolean
  readonly inFigure: boolean
}

/** The first check that finds an element to be page furniture, if any. */
export function furnitureReason(
  entry: ElementInfo,
  parent: FurnitureScope,
  coreText: number,
  prose: ProseSpan,
): FurnitureVerdict | undefined {
  const { element } = entry
  if (isFurnitureElement(element)) {
    return {
      check: 'furniture-element',
      reason: `Unexpected page furniture (<${element.tagName}>${roleText(element)}) inside the article, expected article content`,
    }
  }
  if (entry.pageFurniture && element.tagName !== 'a') {
    return {
      check: 'furniture-hint',
      reason: `Unexpected page furniture (class or id "${entry.tokens.join(' ')}") inside the article, expected article content`,
    }
  }
  // Another article inside the article (a comment, a teaser): smaller than the core.
  if (
    (element.tagName === 'article' || isComment(element)) &&
    entry.text < coreText * MAX_NESTED_ARTICLE_SHARE
  ) {
    return {
      check: 'nested-article',
      reason:
        'Unexpected comment or teaser (another article inside the article), expected article content',
    }
  }
  if (outsideProse(entry, prose) && isByline(entry))
    return { check: 'byline', reason: BYLINE_REASON }
  if (!CONDITIONAL_TAGS.has(element.tagName) || entry.commas >= PROSE_COMMAS) return undefined
  if (entry.text === 0 || parent.inDataTable || isDataTable(element)) return undefined
  return widgetReason(entry, parent.inFigure)
}

function roleText(element: Element): string {
  const role = element.properties.role
  return typeof role === 'string' ? ` role=${role}` : ''
}

/** Comments marked up with schema.org types (`itemtype=…/Comment`, `UserComments`). */
function isComment(element: Element): boolean {
  const type = element.properties.itemType
  return Array.isArray(type) && type.some((value) => /Comment/i.test(String(value)))
}
