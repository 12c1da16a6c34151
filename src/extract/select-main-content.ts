import type { Element, Root } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'

/**
 * Explicit signals for the article container, most specific first. The first
 * one that holds enough text wins.
 */
const mainSelectors: readonly string[] = [
  '[itemprop="articleBody"]',
  'article',
  'main',
  '[role="main"]',
]

/** Least text, in characters, for an explicit container to be taken as the article. */
export const MIN_MAIN_CONTENT_LENGTH = 200

/**
 * Choose the part of an HTML page that holds the article: an explicit
 * container when there is one, else the body. Page furniture around the
 * article (nav, header, footer, aside) is left to the cleaning rules.
 */
export function selectMainContent(tree: Root): Root {
  for (const selector of mainSelectors) {
    const candidates = selectAll(selector, tree)
    let best: Element | undefined
    let bestLength = 0
    for (const candidate of candidates) {
      const length = toText(candidate).length
      if (length > bestLength) {
        best = candidate
        bestLength = length
      }
    }
    if (best && bestLength >= MIN_MAIN_CONTENT_LENGTH) return { type: 'root', children: [best] }
  }
  const body = select('body', tree)
  return { type: 'root', children: body ? body.children : tree.children }
}
