import type { Element, Root as HastRoot, RootContent } from 'hast'
import { raw } from 'hast-util-raw'
import type { Root as MdastRoot } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'

/**
 * Turn mdast into hast and parse its raw HTML into real nodes.
 *
 * Raw HTML is parsed one top-level Markdown block at a time (what rehype-raw
 * does for the whole tree, through the same hast-util-raw). Scraped pages
 * carry broken markup such as `<a href=…><img …>/a>`, an anchor that is never
 * closed. Parsed as one stream, HTML's active-formatting rules would reopen
 * that `<a>` around every following paragraph, pulling content images and
 * headings into an affiliate link. Parsed per block, the damage stays inside
 * the block that has it.
 */
export function mdastToHast(tree: MdastRoot): HastRoot {
  const hast = toHast(tree, { allowDangerousHtml: true })
  const root: HastRoot = hast.type === 'root' ? hast : { type: 'root', children: [] }
  const children: RootContent[] = []
  for (const child of root.children) {
    if (!containsRaw(child)) {
      children.push(child)
      continue
    }
    const block = raw({ type: 'root', children: [child] }, { file: positionsOnly })
    if (block.type === 'root') children.push(...block.children)
    else children.push(block as Element)
  }
  root.children = children
  return root
}

/**
 * hast-util-raw takes each parsed element's position from the raw node it
 * came from (absolute in the input); its \`file\` only switches positions on
 * and places the root, which is dropped here. The input itself would cost a
 * line index of the whole file per raw block: quadratic with many blocks.
 */
const positionsOnly = new VFile('')

function containsRaw(node: RootContent): boolean {
  if (node.type === 'raw') return true
  let found = false
  visit(node, 'raw', () => {
    found = true
    return false
  })
  return found
}
