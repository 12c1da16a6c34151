import { createHash } from 'node:crypto'
import type { Paragraph, RootContent } from 'mdast'
import { shorten } from '../messages/report-removal.js'
import type { ParagraphKey } from '../types.js'
import { plainText } from './plain-text.js'

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

/**
 * A paragraph's text for its key: its lines apart, and image alt text
 * counted, so that a repeated banner image is recognized too.
 */
export function paragraphText(node: Paragraph): string {
  return plainText([node], { includeImageAlt: true })
}

export interface ParagraphKeysOptions {
  /** The record part (see `ParagraphKey.part`) a top-level node belongs to. */
  readonly partOf?: (node: RootContent) => number | undefined
  /** The Markdown a top-level paragraph became in its part, when known. */
  readonly markdownOf?: (node: Paragraph) => string | undefined
}

/** The key of a paragraph's Markdown as a block of its part (see `ParagraphKey.block`). */
export function blockKey(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex').slice(0, 16)
}

/** Keys of the paragraphs anywhere in a run of nodes (list items and quotes included). */
export function paragraphKeys(
  nodes: readonly RootContent[],
  options: ParagraphKeysOptions = {},
): ParagraphKey[] {
  const keys: ParagraphKey[] = []
  let part: number | undefined
  let top: RootContent | undefined
  const walk = (node: RootContent): void => {
    if (node.type === 'paragraph') {
      const text = paragraphText(node)
      const key = paragraphKey(text)
      const markdown = node === top ? options.markdownOf?.(node) : undefined
      if (key)
        keys.push({
          key,
          ...(node.position ? { line: node.position.start.line } : {}),
          ...(part === undefined ? {} : { part }),
          ...(markdown === undefined ? {} : { block: blockKey(markdown) }),
          preview: shorten(text),
        })
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  for (const node of nodes) {
    part = options.partOf?.(node)
    top = node
    walk(node)
  }
  return keys
}
