import type {
  BlockContent,
  Heading,
  ListItem,
  Nodes,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  TableCell,
} from 'mdast'

/** mdast nodes that may sit inside a paragraph, a heading or a table cell. */
const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
  'inlineMath',
])

/** Phrasing nodes that hold other phrasing nodes. */
const phrasingWrappers = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** Nodes whose children are flow content. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

type Wrapper = Extract<PhrasingContent, { children: PhrasingContent[] }>
type Segment = { readonly phrasing: PhrasingContent[] } | { readonly flow: RootContent }

/**
 * Make the tree mean what its Markdown will say: no block content inside
 * phrasing content. HTML's active-formatting rules put blocks inside inline
 * elements (an unclosed `<em>` before a `<pre>` gives `<em><pre>…</pre></em>`),
 * and hast-util-to-mdast keeps that shape: a code block inside emphasis.
 * Serialized, such a code block becomes inline text whose lines can start
 * raw HTML. Here a paragraph holding blocks is split around them (the
 * emphasis or link is repeated on each side), and blocks inside a heading or
 * a table cell are flattened into their text. Nothing is dropped.
 */
export function hoistBlocks(tree: Root): void {
  normalizeFlow(tree)
  unnestWrappers(tree, new Set())
  flattenInlineCode(tree)
}

/**
 * Inline code on one line: Markdown reads a code span's line ends as spaces,
 * and a blank or indented line inside one would end the paragraph or open
 * a code block. Empty inline code is dropped.
 */
function flattenInlineCode(node: Nodes): void {
  if (node.type === 'inlineCode' && /[\r\n]/.test(node.value))
    node.value = node.value.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ')
  if (!('children' in node)) return
  // An empty code span says nothing, and Markdown cannot say it: its two
  // backticks would read back as text.
  if (node.children.some((child) => child.type === 'inlineCode' && child.value === ''))
    (node as Parent).children = (node.children as Nodes[]).filter(
      (child) => child.type !== 'inlineCode' || child.value !== '',
    ) as Parent['children']
  for (const child of node.children) flattenInlineCode(child)
}

/**
 * A wrapper inside a wrapper of the same kind (strikethrough in
 * strikethrough, a link in a link) is replaced by its children: Markdown
 * cannot say it (`~~~~a~~~~` opens a code fence) and it means nothing more.
 */
function unnestWrappers(node: Nodes, open: ReadonlySet<string>): void {
  if (!('children' in node)) return
  const children: Nodes[] = []
  for (const child of node.children as Nodes[]) {
    const kind = child.type === 'linkReference' ? 'link' : child.type
    if (phrasingWrappers.has(child.type) && open.has(kind)) {
      unnestWrappers(child, open)
      children.push(...(child as Wrapper).children)
      continue
    }
    unnestWrappers(child, phrasingWrappers.has(child.type) ? new Set([...open, kind]) : open)
    children.push(child)
  }
  ;(node as Parent).children = children as Parent['children']
}

function normalizeFlow(parent: Parent): void {
  const children: RootContent[] = []
  let loose: PhrasingContent[] = []
  const flushLoose = () => {
    if (loose.length === 0) return
    children.push(...hoistFromParagraph({ type: 'paragraph', children: loose }))
    loose = []
  }
  for (const child of parent.children as RootContent[]) {
    if (phrasingTypes.has(child.type)) {
      loose.push(child as PhrasingContent)
      continue
    }
    flushLoose()
    children.push(...asFlow(child))
  }
  flushLoose()
  parent.children = children as typeof parent.children
}

/** One node placed where flow content goes, normalized: one node or several. */
function asFlow(node: RootContent): RootContent[] {
  switch (node.type) {
    case 'paragraph':
      return hoistFromParagraph(node)
    case 'heading':
      node.children = flatten(node.children)
      return [node]
    case 'table':
      node.children = (node.children as Nodes[]).map((row) => ({
        type: 'tableRow',
        children: (row.type === 'tableRow' ? (row.children as Nodes[]) : [row]).map((cell) => ({
          type: 'tableCell',
          children: flatten(cell.type === 'tableCell' ? cell.children : [cell]),
        })),
      }))
      return [node]
    case 'list':
      // Anything but a list item in a list becomes the content of one.
      node.children = (node.children as Nodes[]).map((child) => {
        const item: ListItem =
          child.type === 'listItem'
            ? child
            : { type: 'listItem', spread: false, children: [child as BlockContent] }
        normalizeFlow(item)
        return item
      })
      return [node]
    case 'listItem':
      normalizeFlow(node)
      return [{ type: 'list', ordered: false, spread: false, children: [node] }]
    case 'tableRow':
    case 'tableCell':
      return hoistFromParagraph({ type: 'paragraph', children: flatten([node]) })
    default:
      if (flowParents.has(node.type)) normalizeFlow(node as Parent)
      return [node]
  }
}

/** A paragraph, or the paragraphs and blocks it splits into when it holds blocks. */
function hoistFromParagraph(paragraph: Paragraph): RootContent[] {
  if (!paragraph.children.some(holdsFlow)) return [paragraph]
  const result: RootContent[] = []
  for (const segment of split(paragraph.children)) {
    if ('flow' in segment) result.push(...asFlow(segment.flow))
    else if (segment.phrasing.some((node) => !isBlank(node)))
      result.push({ type: 'paragraph', children: segment.phrasing })
  }
  return result
}

/** Phrasing runs and the blocks between them, each run wrapped as it was. */
function split(children: readonly Nodes[]): Segment[] {
  const segments: Segment[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    if (run.length > 0) segments.push({ phrasing: run })
    run = []
  }
  for (const child of children) {
    if (phrasingWrappers.has(child.type) && holdsFlow(child)) {
      const wrapper = child as Wrapper
      for (const part of split(wrapper.children)) {
        if ('flow' in part) {
          flush()
          segments.push(part)
        } else run.push({ ...wrapper, children: part.phrasing } as Wrapper)
      }
    } else if (phrasingTypes.has(child.type)) run.push(child as PhrasingContent)
    else {
      flush()
      segments.push({ flow: child as RootContent })
    }
  }
  flush()
  return segments
}

/** Whether a phrasing node is, or holds, block content. */
function holdsFlow(node: Nodes): boolean {
  if (!phrasingTypes.has(node.type)) return true
  return phrasingWrappers.has(node.type) && (node as Wrapper).children.some(holdsFlow)
}

/** Phrasing content only, for a heading or table cell: blocks become their inline text. */
function flatten(children: readonly Nodes[]): (Heading | TableCell)['children'] {
  const result: PhrasingContent[] = []
  for (const child of children) {
    if (phrasingWrappers.has(child.type)) {
      const wrapper = child as Wrapper
      result.push({ ...wrapper, children: flatten(wrapper.children) } as Wrapper)
    } else if (phrasingTypes.has(child.type)) result.push(child as PhrasingContent)
    else if (child.type === 'code')
      result.push({ type: 'inlineCode', value: child.value.replace(/\s*\n\s*/g, ' ') })
    else if ('children' in child) {
      const inner = flatten(child.children)
      if (inner.length === 0) continue
      if (result.length > 0) result.push({ type: 'text', value: ' ' })
      result.push(...inner, { type: 'text', value: ' ' })
    } else if ('value' in child && child.type !== 'html' && child.type !== 'yaml') {
      result.push({ type: 'text', value: String(child.value) })
    }
  }
  while (result.length > 0 && isBlank(result.at(-1) as PhrasingContent)) result.pop()
  return result
}

function isBlank(node: PhrasingContent): boolean {
  if (node.type === 'break') return true
  if (node.type === 'text') return node.value.trim() === ''
  return false
}
