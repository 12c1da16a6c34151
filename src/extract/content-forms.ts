import type { Element } from 'hast'
import type { PageIndex } from './page-index.js'

/** Least paragraphs in a form before it is taken for a wrapper of the article. */
const MIN_FORM_PARAGRAPHS = 2

/** Least text outside links, in characters, in a form taken for a wrapper of the article. */
const MIN_FORM_PROSE = 250

/**
 * Forum engines and shop pages wrap whole posts or product descriptions in a
 * `<form>` (for moderation, quoting, adding to the cart). Such a form holds
 * the article's prose, so it is a wrapper, not a form control: it becomes a
 * `div`, and the cleaning rules judge only the controls inside it. A form
 * with little prose (search, sign-up, comment box) stays a form. Changes the
 * elements in place.
 */
export function unwrapContentForms(nodes: readonly Element[], index: PageIndex): void {
  const stack: Element[] = [...nodes]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    if (element.tagName === 'form') {
      const info = index.info.get(element)
      if (
        info &&
        info.paragraphs >= MIN_FORM_PARAGRAPHS &&
        info.text - info.link >= MIN_FORM_PROSE
      ) {
        element.tagName = 'div'
      }
    }
    for (const child of element.children) if (child.type === 'element') stack.push(child)
  }
}
