import type { Nodes } from 'mdast'

/** mdast nodes whose text is a block, line or cell of its own. */
const BLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'thematicBreak',
  'footnoteDefinition',
])

export interface PlainTextOptions {
  /**
   * Whether an image's alt text counts as text (default `false`: it is not
   * visible on the page).
   */
  readonly includeImageAlt?: boolean
}

/**
 * The plain text of mdast nodes, as a reader sees it: blocks, list items,
 * table rows and hard breaks on lines of their own, table cells apart by a
 * tab. `mdast-util-to-string` joins text with no separator, which glues
 * cells and `<br>` lines together (`Top 10` + `1` → `Top 101`).
 */
export function plainText(nodes: readonly Nodes[], options: PlainTextOptions = {}): string {
  const parts: string[] = []
  const collect = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value)
    } else if (node.type === 'break') {
      parts.push('\n')
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (options.includeImageAlt && node.alt) parts.push(node.alt)
    } else if ('children' in node) {
      for (const child of node.children) collect(child)
    }
    if (node.type === 'tableCell') parts.push('\t')
    else if (BLOCKS.has(node.type)) parts.push('\n')
  }
  for (const node of nodes) collect(node)
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
