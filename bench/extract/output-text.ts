import type { Nodes, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { FrontMatter } from '../../src/types.js'

/** mdast nodes whose text is a block of its own in the output Markdown. */
const BLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'tableCell',
  'thematicBreak',
])

/**
 * The visible text of what winnow writes for an article body: the cleaned
 * mdast without a leading title heading (the record drops it, as
 * `buildRecord` does), with blocks, table cells and line breaks kept apart.
 * `mdast-util-to-string` alone would glue table cells and `<br>` lines
 * together (`Top 10` + `1` → `Top 101`); image alt text is not visible text
 * and is left out.
 */
export function outputText(tree: Root, metadata: FrontMatter): string {
  let nodes = tree.children
  const first = nodes[0]
  const title = typeof metadata.title === 'string' ? metadata.title : undefined
  if (
    first?.type === 'heading' &&
    (first.depth === 1 || (title !== undefined && key(mdastToString(first)) === key(title)))
  ) {
    nodes = nodes.slice(1)
  }
  const parts: string[] = []
  for (const node of nodes) collect(node, parts)
  return parts
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim()
}

function key(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

function collect(node: Nodes, parts: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
    parts.push(node.value)
  } else if (node.type === 'break') {
    parts.push('\n')
  } else if ('children' in node) {
    for (const child of node.children) collect(child, parts)
  }
  if (BLOCKS.has(node.type)) parts.push('\n')
}
