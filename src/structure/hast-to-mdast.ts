import type { Element as HastElement, Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import { normalizeUri } from 'micromark-util-sanitize-uri'
import { remove } from 'unist-util-remove'
import { visit } from 'unist-util-visit'
import { linkAutolinkLiterals } from '../clean/autolink-literals.js'
import { hoistBlocks } from './hoist-blocks.js'
import { absoluteWebUrl } from './resolve-urls.js'

/**
 * Turn cleaned hast into mdast. Raw HTML cannot survive: any `html` node left
 * is dropped. Blocks that HTML put inside inline elements are hoisted out
 * (see `hoistBlocks`), so the tree means what its Markdown will say. Bare
 * URLs left in text are linked, as GFM links them when the Markdown written
 * from this tree is read, and their URLs written as every other link's: the
 * record is what its Markdown says.
 */
export function hastToMdast(tree: HastRoot): Root {
  mergeAdjacentText(tree)
  const mdast = toMdast(tree)
  const root: Root = mdast.type === 'root' ? mdast : { type: 'root', children: [] }
  remove(root, 'html')
  hoistBlocks(root)
  linkAutolinkLiterals(root)
  visit(root, 'link', (node) => {
    // As a link read from Markdown ends up: encoded as mdast-util-to-hast
    // encodes it (`[` as `%5B`), then written as `resolveUrls` writes every
    // link. A bare URL linked here reads back as such a link.
    node.url = absoluteWebUrl(normalizeUri(node.url)) ?? node.url
  })
  return root
}

/**
 * Join text nodes that sit side by side (left where comments were removed).
 * hast-util-to-mdast's white-space pass looks ahead past white-space text
 * for the next boundary from each node: over thousands of such siblings in
 * a row, the square of their number.
 */
function mergeAdjacentText(node: HastRoot | HastElement): void {
  const children: (typeof node.children)[number][] = []
  for (const child of node.children) {
    const last = children.at(-1)
    if (child.type === 'text' && last?.type === 'text') {
      children[children.length - 1] = {
        ...last,
        value: last.value + child.value,
        ...(last.position && child.position
          ? { position: { start: last.position.start, end: child.position.end } }
          : {}),
      }
      continue
    }
    if (child.type === 'element') mergeAdjacentText(child)
    children.push(child)
  }
  node.children = children as typeof node.children
}
