import type { Paragraph, Root, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { defaultHandlers, type Options, toMarkdown } from 'mdast-util-to-markdown'
import { visit } from 'unist-util-visit'
import { hoistBlocks } from './hoist-blocks.js'
import { secureMarkdown } from './markdown-safety.js'
import { moveEdgeWhitespace } from './move-edge-whitespace.js'
import { settleListSpread } from './settle-list-spread.js'

export interface NodesToMarkdownOptions {
  /**
   * Called with each top-level paragraph and its exact Markdown in the
   * result, so later stages can find it there without parsing again.
   */
  readonly onParagraph?: (node: Paragraph, markdown: string) => void
}

const style: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  resourceLink: true,
}

/**
 * Serialize mdast nodes as Markdown, with one fixed style so output is
 * byte-stable, blocks never inside phrasing (see `hoistBlocks`) and no white
 * space at the edges of emphasis (see `moveEdgeWhitespace`), lists as loose or
 * tight as they read back (see `settleListSpread`), then check what it says when read back (see
 * `secureMarkdown`): no raw HTML, no link with another scheme than http(s)
 * or mailto, every code block a code block. Throws when that cannot hold.
 */
export function nodesToMarkdown(
  nodes: readonly RootContent[],
  options: NodesToMarkdownOptions = {},
): string {
  if (nodes.length === 0) return ''
  const root: Root = { type: 'root', children: [...nodes] }
  hoistBlocks(root)
  moveEdgeWhitespace(root)
  settleListSpread(root)
  const codeBlocks: string[] = []
  visit(root, 'code', (node) => {
    codeBlocks.push(node.value)
  })
  return secureMarkdown(serialize(root, options), { codeBlocks })
}

function serialize(root: Root, { onParagraph }: NodesToMarkdownOptions): string {
  if (!onParagraph) return toMarkdown(root, style).trim()
  return toMarkdown(root, {
    ...style,
    handlers: {
      paragraph(node, parent, state, info) {
        const markdown = defaultHandlers.paragraph(node, parent, state, info)
        if (parent?.type === 'root') onParagraph(node, markdown)
        return markdown
      },
    },
  }).trim()
}
