import type { Nodes, Parent, PhrasingContent, Text } from 'mdast'

/** Phrasing wrappers whose delimiters must touch their content in Markdown. */
const attention = new Set(['emphasis', 'strong', 'delete'])

/** Blocks of phrasing content, whose edge white space Markdown drops or must encode. */
const phrasingBlocks = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * Move white space at the edges of emphasis, strong and strikethrough to
 * just outside them. Markdown cannot put a delimiter next to white space
 * (`_ a_` is not emphasis), so a serializer writes it as a character
 * reference (`_&#x20;a_`), and text read back from that differs from the
 * text written: `**\n x**` becomes `**&#xA; x**`, then `**&#x20;x**`. With
 * the space outside, the Markdown is plain and reads back the same. White
 * space at the edges of a paragraph, heading or table cell goes: Markdown
 * would drop it on reading, or encode it to keep it.
 */
export function moveEdgeWhitespace(node: Nodes): void {
  if (!('children' in node)) return
  const children: Nodes[] = []
  for (const child of node.children as Nodes[]) {
    moveEdgeWhitespace(child)
    // A paragraph of white space only says nothing, and would be written as a blank line.
    if (child.type === 'paragraph' && child.children.length === 0) continue
    if (!attention.has(child.type)) {
      children.push(child)
      continue
    }
    const wrapper = child as Extract<PhrasingContent, { children: PhrasingContent[] }>
    const before = takeEdge(wrapper.children, 'start')
    const after = takeEdge(wrapper.children, 'end')
    if (before) children.push({ type: 'text', value: before })
    if (wrapper.children.length > 0) children.push(wrapper)
    if (after) children.push({ type: 'text', value: after })
  }
  const merged = mergeTexts(children)
  if (phrasingBlocks.has(node.type)) {
    takeEdge(merged as PhrasingContent[], 'start')
    takeEdge(merged as PhrasingContent[], 'end')
  }
  ;(node as Parent).children = merged as Parent['children']
}

/** Remove and return the white space at one edge of some phrasing content. */
function takeEdge(children: PhrasingContent[], edge: 'start' | 'end'): string {
  let taken = ''
  for (;;) {
    const index = edge === 'start' ? 0 : children.length - 1
    const node = children[index]
    if (node?.type !== 'text') return taken
    const match = edge === 'start' ? /^\s+/.exec(node.value) : /\s+$/.exec(node.value)
    if (!match) return taken
    const space = match[0]
    taken = edge === 'start' ? taken + space : space + taken
    if (space.length === node.value.length) {
      children.splice(index, 1)
      continue
    }
    node.value =
      edge === 'start' ? node.value.slice(space.length) : node.value.slice(0, -space.length)
    return taken
  }
}

/** Adjacent text nodes as one. */
function mergeTexts(children: Nodes[]): Nodes[] {
  const merged: Nodes[] = []
  for (const child of children) {
    const last = merged.at(-1)
    if (last?.type === 'text' && child.type === 'text' && !child.position) {
      ;(last as Text).value += child.value
      continue
    }
    merged.push(child)
  }
  return merged
}
