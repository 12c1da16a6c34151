import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * Set each list's and list item's `spread` (loose or tight: blank lines
 * between items and between an item's blocks) to what winnow infers when it
 * reads the Markdown back, so that cleaning winnow's own output changes
 * nothing.
 *
 * A list's looseness comes from hast-util-to-mdast's `li` handler, which
 * calls an item spread when its HTML holds a `<p>` (only loose lists keep
 * them), two blocks, or a block that is itself spread out (a list of two
 * items, a table of two columns). Later steps change items after that
 * (`hoistBlocks` splits a paragraph around the code block HTML had nested in
 * it), so the flag they carry may no longer be what the next reading infers.
 * This computes it again from the item's blocks, inner lists first.
 */
export function settleListSpread(tree: Root): void {
  const lists: List[] = []
  visit(tree, 'list', (node) => {
    lists.push(node)
  })
  // Inner lists come after their outer ones in tree order: settle them first.
  for (const list of lists.reverse()) settle(list)
}

function settle(list: List): void {
  // An item written with a blank line inside is read back as loose, and so is its list.
  const blank = list.children.map(writtenWithBlankLine)
  let loose = list.children.some((item, index) => item.spread === true || blank[index])
  // `blocksSpreadOut` only grows with `loose`: two rounds reach the fixed point.
  for (let round = 0; round < 2; round++) {
    const spread = list.children.map((item) => blocksSpreadOut(item.children, loose))
    const next = spread.some((value, index) => value || blank[index])
    list.children.forEach((item, index) => {
      item.spread = spread[index] ?? false
    })
    if (next === loose) break
    loose = next
  }
  // hast-util-to-mdast calls a list spread only when it has two items or more.
  list.spread = list.children.length > 1 && list.children.some((item) => item.spread === true)
}

/**
 * Whether a tight item is still written with a blank line between two of its
 * blocks, because without one they would read back as one (mdast-util-to-
 * markdown's `join`): a paragraph then a paragraph, a paragraph then a rule
 * (a setext heading otherwise) or an ordered list not starting at 1, two
 * block quotes.
 */
function writtenWithBlankLine(item: ListItem): boolean {
  return item.children.some((right, index) => {
    const left = item.children[index - 1]
    if (left === undefined) return false
    if (left.type === 'blockquote' && right.type === 'blockquote') return true
    if (!endsInParagraph(left)) return false
    if (right.type === 'paragraph') return true
    if (left.type !== 'paragraph') return false
    return (
      right.type === 'thematicBreak' ||
      (right.type === 'list' &&
        ((right.ordered === true && typeof right.start === 'number' && right.start !== 1) ||
          right.children[0]?.children.length === 0))
    )
  })
}

/** A paragraph, or a container whose last block (at any depth) is one. */
function endsInParagraph(node: Nodes): boolean {
  let tail: Nodes | undefined = node
  while (
    tail !== undefined &&
    (tail.type === 'blockquote' || tail.type === 'list' || tail.type === 'listItem')
  )
    tail = tail.children.at(-1)
  return tail?.type === 'paragraph' || tail?.type === 'definition'
}

/**
 * Whether hast-util-to-mdast will call an item with these blocks spread:
 * their HTML (from mdast-util-to-hast, which unwraps the paragraphs of a
 * tight list, `paragraphsKept` false) holds a `<p>`, two blocks, or a block
 * that is spread out itself.
 */
function blocksSpreadOut(blocks: readonly RootContent[], paragraphsKept: boolean): boolean {
  let seenBlock = false
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      if (paragraphsKept) return true
      continue
    }
    if (!isElementBlock(block)) continue
    if (seenBlock || blockSpreadOut(block)) return true
    seenBlock = true
  }
  return false
}

/** Whether a block's HTML is spread out in the sense of hast-util-to-mdast. */
function blockSpreadOut(block: Nodes): boolean {
  switch (block.type) {
    case 'blockquote':
      // A blockquote's paragraphs are always `<p>`.
      return blocksSpreadOut(block.children, true)
    case 'list': {
      const [first] = block.children
      if (block.children.length > 1) return true
      return first !== undefined && blocksSpreadOut(first.children, first.spread === true)
    }
    case 'table':
      return tableSpreadOut(block)
    default:
      // Code, headings and rules hold no blocks.
      return false
  }
}

/** A table is `<thead>` then `<tbody>`, and a row of two cells is spread out. */
function tableSpreadOut(table: Table): boolean {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length))
  return columns > 1 || table.children.length > 1
}

/** Blocks that mdast-util-to-hast writes as an element of their own. */
function isElementBlock(node: Nodes): boolean {
  return (
    node.type === 'code' ||
    node.type === 'heading' ||
    node.type === 'thematicBreak' ||
    node.type === 'blockquote' ||
    node.type === 'list' ||
    node.type === 'table'
  )
}
