import type { Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import { remove } from 'unist-util-remove'

/** Turn cleaned hast into mdast. Raw HTML cannot survive: any `html` node left is dropped. */
export function hastToMdast(tree: HastRoot): Root {
  const mdast = toMdast(tree)
  const root: Root = mdast.type === 'root' ? mdast : { type: 'root', children: [] }
  remove(root, 'html')
  return root
}
