import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { ElementInfo, PageIndex } from './page-index.js'
import { textContent } from './text-content.js'

const WORD = /[\p{L}\p{N}]+/gu

/** Least distinct words in a JSON-LD `articleBody` for it to be used as a cross-check. */
const MIN_REFERENCE_WORDS = 30
/** Below this share of the JSON-LD body's words, the chosen container is checked against others. */
const MIN_COVERAGE = 0.5
/** Least share of the JSON-LD body's words another element must hold to replace the choice. */
const MIN_REPLACEMENT_COVERAGE = 0.7
/** How many elements, by paragraph score, are compared with the JSON-LD body. */
const MAX_COMPARED = 40

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? [])
}

function overlap(
  reference: ReadonlySet<string>,
  text: string,
): { recall: number; precision: number } {
  const found = words(text)
  let shared = 0
  for (const word of found) if (reference.has(word)) shared++
  return {
    recall: reference.size === 0 ? 0 : shared / reference.size,
    precision: found.size === 0 ? 0 : shared / found.size,
  }
}

/**
 * Cross-check the chosen container with the article text the page's JSON-LD
 * gives (`articleBody`). When the choice holds less than half of its words,
 * the element that matches it best (by word overlap) is taken instead, if it
 * holds most of them. Returns undefined when the choice stands.
 */
export function crossCheckWithJsonLd(
  nodes: readonly Element[],
  articleBody: string,
  index: PageIndex,
): Element | undefined {
  const reference = words(articleBody)
  if (reference.size < MIN_REFERENCE_WORDS) return undefined
  const chosen = overlap(reference, nodes.map((node) => textContent(node)).join(' '))
  if (chosen.recall >= MIN_COVERAGE) return undefined
  const compared = [...index.elements]
    .filter((entry) => entry.contentScore > 0)
    .sort((a, b) => b.contentScore - a.contentScore)
    .slice(0, MAX_COMPARED)
  let best: { entry: ElementInfo; f1: number } | undefined
  for (const entry of compared) {
    const { recall, precision } = overlap(reference, textContent(entry.element))
    if (recall < MIN_REPLACEMENT_COVERAGE) continue
    const f1 = (2 * recall * precision) / (recall + precision)
    if (!best || f1 > best.f1) best = { entry, f1 }
  }
  return best?.entry.element
}

/**
 * The JSON-LD article body as elements, for pages whose HTML holds no article
 * text: parsed as an HTML fragment when it holds markup (it is cleaned and
 * sanitized afterwards like any page), else one paragraph per line.
 */
export function articleBodyElements(articleBody: string): Element[] {
  if (/<\/?[a-z][^>]*>/i.test(articleBody)) {
    const fragment = fromHtml(articleBody, { fragment: true })
    return [
      {
        type: 'element',
        tagName: 'div',
        properties: {},
        children: fragment.children as Element['children'],
      },
    ]
  }
  return articleBody
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: paragraph }],
    }))
}
