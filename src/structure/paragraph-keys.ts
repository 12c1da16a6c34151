import { createHash } from 'node:crypto'
import type { RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { shorten } from '../clean/report-removal.js'
import type { ParagraphKey } from '../types.js'

/** Paragraphs shorter than this many words are too common to call boilerplate ("Thanks!"). */
export const MIN_BOILERPLATE_WORDS = 4

/** The key of a paragraph's text: the same for the same words, whatever the markup or spacing. */
export function paragraphKey(text: string): string | undefined {
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  if (normalized.split(' ').length < MIN_BOILERPLATE_WORDS) return undefined
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16)
}

/** Keys of the paragraphs anywhere in a run of nodes (list items and quotes included). */
export function paragraphKeys(nodes: readonly RootContent[]): ParagraphKey[] {
  const keys: ParagraphKey[] = []
  const walk = (node: RootContent): void => {
    if (node.type === 'paragraph') {
      const text = mdastToString(node)
      const key = paragraphKey(text)
      if (key)
        keys.push({
          key,
          ...(node.position ? { line: node.position.start.line } : {}),
          preview: shorten(text),
        })
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  for (const node of nodes) walk(node)
  return keys
}
