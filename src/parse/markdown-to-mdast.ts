import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/** A block taken out of the Markdown before parsing, to be read as plain text. */
export interface LiteralBlock {
  /** The block's text. */
  readonly text: string
  /** What stands in its place in the Markdown (as the parser reads it, prefixes aside). */
  readonly placeholder: string
}

/**
 * Parse Markdown (GFM) into mdast. Raw HTML stays as `html` nodes, one per
 * Markdown block or inline run. Each literal block's placeholder is replaced
 * by the block's text, wherever it was read: as text in a paragraph, or
 * inside raw HTML or code where the block sat in one.
 */
export function markdownToMdast(markdown: string, literals: readonly LiteralBlock[] = []): Root {
  const tree = processor.parse(markdown)
  if (literals.length > 0)
    visit(tree, (node) => {
      if (!('value' in node) || typeof node.value !== 'string' || !node.value.includes('\uE000'))
        return
      let value = node.value
      for (const literal of literals)
        if (value.includes(literal.placeholder))
          value = value.replace(literal.placeholder, () => literal.text)
      node.value = value
    })
  return tree
}
