import type { Element, Root } from 'hast'
import type { Elision, RemovalRange } from './highlight-source.js'
import { offsetRange } from './html-source.js'

/** Elements whose content no reader sees; long ones are left out of the raw view. */
const ELIDED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'svg', 'template'])

/** Least length, in characters, of the content left out: shorter content is shown. */
export const MIN_ELIDED_LENGTH = 400

/**
 * The content of long scripts, styles and inline SVGs in an HTML page, which
 * no removal touches: the raw view leaves them out, because they are most of
 * a scraped page's bytes and nothing an editor judges. `shift` is where the
 * parsed text starts in the source (after front matter).
 */
export function elisionsOf(
  page: Root,
  shift: number,
  removals: readonly RemovalRange[],
): Elision[] {
  const elisions: Elision[] = []
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (!ELIDED_TAGS.has(child.tagName)) {
        visit(child)
        continue
      }
      const first = offsetRange(child.children[0] ?? {})
      const last = offsetRange(child.children[child.children.length - 1] ?? {})
      if (!first || !last) continue
      const start = shift + first.start
      const end = shift + last.end
      if (end - start < MIN_ELIDED_LENGTH) continue
      if (removals.some((range) => range.start < end && range.end > start)) continue
      elisions.push({ start, end, what: child.tagName })
    }
  }
  visit(page)
  return elisions
}
