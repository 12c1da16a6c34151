import type { Element } from 'hast'
import { linkDensity, type PageIndex } from '../page-index.js'

/** Least number of consecutive link-only paragraphs that make a disguised link list. */
export const MIN_LINK_PARAGRAPH_RUN = 2

/** Least share of a paragraph's text inside links for it to count as "only a link". */
export const MIN_LINK_PARAGRAPH_DENSITY = 0.9

export const LINK_PARAGRAPH_RUN_REASON =
  'Unexpected paragraph that is only a link, in a run of them (a list of other articles), expected article content'

/**
 * Paragraphs that are nothing but a link, two or more in a row: a list of
 * links to other articles set as paragraphs ("You may also like…").
 */
export function linkParagraphRuns(element: Element, index: PageIndex): Set<Element> {
  const found = new Set<Element>()
  let run: Element[] = []
  const flush = (): void => {
    if (run.length >= MIN_LINK_PARAGRAPH_RUN) for (const item of run) found.add(item)
    run = []
  }
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') flush()
      continue
    }
    if (child.type !== 'element') continue
    const entry = index.info.get(child)
    if (
      child.tagName === 'p' &&
      entry &&
      entry.text > 0 &&
      entry.images === 0 &&
      linkDensity(entry) >= MIN_LINK_PARAGRAPH_DENSITY
    ) {
      run.push(child)
    } else if (entry) {
      flush()
    }
  }
  flush()
  return found
}
