import type { Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import { remove } from 'unist-util-remove'
import { linkAutolinkLiterals } from '../clean/autolink-literals.js'
import { hoistBlocks } from './hoist-blocks.js'

/**
 * Turn cleaned hast into mdast. Raw HTML cannot survive: any `html` node left
 * is dropped. Blocks that HTML put inside inline elements are hoisted out
 * (see `hoistBlocks`), so the tree means what its Markdown will say. Bare URLs left in text are linked, as GFM links them when the
 * Markdown written from this tree is read: the record is what its Markdown says.
 */
export function hastToMdast(tree: HastRoot): Root {
  const mdast = toMdast(tree)
  const root: Root = mdast.type === 'root' ? mdast : { type: 'root', children: [] }
  remove(root, 'html')
  hoistBlocks(root)
  linkAutolinkLiterals(root)
  return root
}
