import type { Heading, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'

/** What splits a page title into the article's title and the site's name. */
const TITLE_SEPARATOR = /\s+[|–—·•:-]\s+|\s+[-–—]\s*|\s*[|»]\s*/

/** Letters and digits only, lower case: how a heading is compared with a title. */
export function titleKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The index of the heading that carries the page's title: its text is the
 * title, or the title's part before or after a separator ("Post | Site").
 * The first such heading of the highest level wins.
 */
export function findTitleHeading(
  nodes: readonly RootContent[],
  title: string | undefined,
): number | undefined {
  if (title === undefined) return undefined
  const whole = titleKey(title)
  const parts = new Set(
    title
      .split(TITLE_SEPARATOR)
      .map(titleKey)
      .filter((part) => part.length >= MIN_TITLE_PART),
  )
  let best: { index: number; depth: number } | undefined
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return
    const key = titleKey(mdastToString(node as Heading))
    if (key.length < MIN_TITLE_PART) return
    if (key !== whole && !parts.has(key)) return
    if (!best || node.depth < best.depth) best = { index, depth: node.depth }
  })
  return best?.index
}

/** A title part shorter than this (letters and digits) is a site name or a word, not a title. */
const MIN_TITLE_PART = 12
