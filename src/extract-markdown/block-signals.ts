import type { Nodes, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { isChromeText } from './chrome-text.js'

/** A link-only line or list item with at most this many words is a menu entry. */
export const MAX_MENU_ENTRY_WORDS = 6

/** A link with more words than this wraps text (a teaser, a quote), not a destination's name. */
export const MAX_LINK_WORDS = 25

/** What a top-level block of a Markdown page says about itself. */
export interface BlockSignals {
  readonly node: RootContent
  /** Its text, white space collapsed. */
  readonly text: string
  readonly words: number
  /** Characters of text inside links. */
  readonly linkChars: number
  /** Links in it. */
  readonly links: number
  /** `linkChars` over all characters (0 when it has no text). */
  readonly linkDensity: number
  /** Lines or list items whose text is all links (or images), short: menu entries. */
  readonly menuEntries: number
  /** Lines or list items in it. */
  readonly entries: number
  /** Skip links, cookie and consent text, breadcrumbs, share rows, legal lines. */
  readonly chrome: boolean
}

export function blockSignals(node: RootContent): BlockSignals {
  const text = collapse(mdastToString(node))
  let linkChars = 0
  let links = 0
  const count = (inner: Nodes): void => {
    if (inner.type === 'link' || inner.type === 'linkReference') {
      const linked = collapse(mdastToString(inner))
      links++
      // A link around a whole teaser (headline and summary) is text, not a menu entry.
      if (linked.split(' ').length <= MAX_LINK_WORDS) linkChars += linked.length
      return
    }
    if ('children' in inner) for (const child of inner.children) count(child as Nodes)
  }
  count(node)
  const lines = entriesOf(node)
  const menuEntries = lines.filter(isMenuEntry).length
  return {
    node,
    text,
    words: text === '' ? 0 : text.split(' ').length,
    linkChars,
    links,
    linkDensity: text.length === 0 ? 0 : Math.min(1, linkChars / text.length),
    menuEntries,
    entries: lines.length,
    chrome:
      isChromeText(text) ||
      (lines.length >= 2 && lines.every((line) => isChromeText(collapse(mdastToString(line))))),
  }
}

/** The lines of a block: list items (nested ones apart), or the block itself. */
function entriesOf(node: Nodes): Nodes[] {
  if (node.type === 'list') {
    return node.children.flatMap((item) => {
      const own = item.children.filter((child) => child.type !== 'list')
      const nested = item.children.filter((child) => child.type === 'list')
      return [
        ...(own.length > 0 ? [{ type: 'paragraph', children: own } as unknown as Nodes] : []),
        ...nested.flatMap(entriesOf),
      ]
    })
  }
  return [node]
}

/** A menu entry: short, and every word of it inside a link (or an image). */
function isMenuEntry(node: Nodes): boolean {
  const text = collapse(mdastToString(node))
  if (text.split(' ').length > MAX_MENU_ENTRY_WORDS) return false
  let outside = ''
  let hasLink = false
  const walk = (inner: Nodes): void => {
    if (inner.type === 'link' || inner.type === 'linkReference') {
      hasLink = true
      return
    }
    if (inner.type === 'text' || inner.type === 'inlineCode') outside += inner.value
    if ('children' in inner) for (const child of inner.children) walk(child as Nodes)
  }
  walk(node)
  return hasLink && /^[\s|·•,;:/\-–—›»]*$/u.test(outside)
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
