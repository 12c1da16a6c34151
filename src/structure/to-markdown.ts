import type { Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'

/** Serialize mdast nodes as Markdown, with one fixed style so output is byte-stable. */
export function nodesToMarkdown(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return ''
  const root: Root = { type: 'root', children: [...nodes] }
  return toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    resourceLink: true,
  }).trim()
}
