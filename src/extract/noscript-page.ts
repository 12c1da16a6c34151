import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { isNonContent } from './non-content.js'

/** Least text, in characters, of a `<noscript>` before it is read as the page's content. */
const MIN_NOSCRIPT_TEXT = 500

/** Least share of the page's text a `<noscript>` must hold (the rest is the app shell). */
const MIN_NOSCRIPT_SHARE = 0.5

/**
 * Script-rendered pages (single-page apps, forum engines) often serve their
 * content only to readers without scripts, in a `<noscript>`: the rendered
 * body is an app shell with little text. A `<noscript>` that holds markup and
 * more text than the rest of the page is that content: it is parsed and put
 * in its place, as a browser without scripts would show it. Other
 * `<noscript>` elements (tracking pixels, image twins, "enable JavaScript"
 * notes) are left as they are. Changes the body in place.
 */
export function openNoscriptContent(body: Element): void {
  const found: [Element, Root | Element][] = []
  const stack: (Root | Element)[] = [body]
  while (stack.length > 0) {
    const parent = stack.pop() as Root | Element
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (node.tagName === 'noscript') found.push([node, parent])
      else stack.push(node)
    }
  }
  if (found.length === 0) return
  const parsed = found
    .map(([noscript, parent]) => ({ noscript, parent, content: parseNoscript(noscript) }))
    .filter((entry) => entry.content !== undefined)
  if (parsed.length === 0) return
  const pageText = visibleTextLength(body)
  for (const { noscript, parent, content } of parsed) {
    if (!content) continue
    const text = visibleTextLength(content)
    if (text < MIN_NOSCRIPT_TEXT || text < (pageText + text) * MIN_NOSCRIPT_SHARE) continue
    const position = parent.children.indexOf(noscript)
    if (position >= 0) parent.children[position] = content
  }
}

/** The markup of a `<noscript>` as a `div`, or undefined when it holds no markup. */
function parseNoscript(noscript: Element): Element | undefined {
  let children: ElementContent[]
  if (noscript.children.some((child) => child.type === 'element')) children = noscript.children
  else {
    const raw = noscript.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
    // Note: cheap test first: only a long noscript with markup can be the page's content.
    if (raw.length < MIN_NOSCRIPT_TEXT || !/<[a-z][^>]*>/i.test(raw)) return undefined
    children = fromHtml(raw, { fragment: true }).children as ElementContent[]
  }
  return { type: 'element', tagName: 'div', properties: {}, children }
}

/** Length of the text a reader sees: scripts, styles, embeds and hidden elements left out. */
function visibleTextLength(root: Element): number {
  let length = 0
  const stack: ElementContent[] = [...root.children]
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type === 'text') length += node.value.replace(/\s+/g, ' ').trim().length
    else if (node.type === 'element' && !isNonContent(node)) stack.push(...node.children)
  }
  return length
}
