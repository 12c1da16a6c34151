import type { Element, ElementContent, Root } from 'hast'
import { toText } from 'hast-util-to-text'
import { visitParents } from 'unist-util-visit-parents'
import type { VFile } from 'vfile'
import { previewHast, reportRemoval } from '../messages/report-removal.js'
import { defineRule } from '../types/rule-definition.js'

export const LAYOUT_TABLE_RULE = 'layout-table'
export const TABLE_FALLBACK_RULE = 'table-as-list'

export const layoutTableRule = defineRule({
  id: LAYOUT_TABLE_RULE,
  stage: 'structure',
  description: "A table used for page layout is unwrapped into its cells' blocks.",
})

export const tableAsListRule = defineRule({
  id: TABLE_FALLBACK_RULE,
  stage: 'structure',
  description: 'A table GFM cannot write (blocks in cells, too wide) becomes a list.',
})

/** Longest Markdown line a table may make; a wider table becomes a list. */
export const MAX_TABLE_LINE = 1000

/** Share of a header-less table's text in one cell that makes the table a page layout. */
export const LAYOUT_CELL_SHARE = 0.6

/** Characters a header-less table needs before one big cell makes it a layout. */
export const LAYOUT_MIN_TEXT = 200

/** Elements a GFM cell cannot hold: a cell is one line of phrasing. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'dl',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
])

export interface ShapeTablesOptions {
  readonly disabled: ReadonlySet<string>
}

/**
 * Tables as Markdown can hold them. A layout table (`role=presentation`,
 * a table holding tables, or a header-less table with one cell holding most
 * of the text) is unwrapped into its cells' blocks. A data table GFM cannot
 * express (blocks or lists in cells, spanning cells, or rows wider than
 * `MAX_TABLE_LINE`) becomes a list, one item per row, each cell labelled
 * with its column's header. Runs on the tree before cleaning, while
 * `role`, `colspan` and `rowspan` are still there.
 */
export function shapeTables(tree: Root, file: VFile, options: ShapeTablesOptions): void {
  const unwrap = !options.disabled.has(LAYOUT_TABLE_RULE)
  const fallback = !options.disabled.has(TABLE_FALLBACK_RULE)
  if (!unwrap && !fallback) return
  // Outer tables first: unwrapping one brings the tables inside to the surface.
  for (let changed = true; changed; ) {
    changed = false
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName !== 'table') return
      const parent = ancestors.at(-1)
      if (!parent || (parent.type !== 'element' && parent.type !== 'root')) return 'skip'
      const index = parent.children.indexOf(node)
      if (unwrap && isLayoutTable(node)) {
        parent.children.splice(index, 1, ...cellBlocks(node))
        report(
          file,
          node,
          parent,
          LAYOUT_TABLE_RULE,
          'Unexpected layout table: unwrapped its cells into blocks',
        )
        changed = true
        return 'skip'
      }
      const why = fallback ? inexpressible(node) : undefined
      if (why !== undefined) {
        parent.children.splice(index, 1, ...tableAsList(node))
        report(
          file,
          node,
          parent,
          TABLE_FALLBACK_RULE,
          `Unexpected table that GFM cannot express (${why}): wrote one list item per row`,
        )
        changed = true
      }
      return 'skip'
    })
  }
}

function report(
  file: VFile,
  node: Element,
  parent: Element | Root,
  ruleId: string,
  reason: string,
): void {
  reportRemoval(file, {
    ruleId,
    reason,
    place: node.position ?? parent.position,
    preview: previewHast(node),
  })
}

/** The rows of a table, not those of tables inside it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') rows.push(child)
      else if (child.tagName !== 'table') walk(child)
    }
  }
  walk(table)
  return rows
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(
    (child): child is Element =>
      child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'),
  )
}

function has(node: Element, test: (element: Element) => boolean): boolean {
  const stack = [...node.children]
  while (stack.length > 0) {
    const child = stack.pop()
    if (child?.type !== 'element') continue
    if (test(child)) return true
    stack.push(...child.children)
  }
  return false
}

function isLayoutTable(table: Element): boolean {
  const role = String(table.properties.role ?? '').toLowerCase()
  if (role === 'presentation' || role === 'none') return true
  if (has(table, (element) => element.tagName === 'table')) return true
  const rows = rowsOf(table)
  const cells = rows.flatMap(cellsOf)
  if (cells.length === 0) return true
  if (cells.some((cell) => cell.tagName === 'th')) return false
  if (cells.length === 1) return true
  const lengths = cells.map((cell) => toText(cell).trim().length)
  const total = lengths.reduce((sum, length) => sum + length, 0)
  return total >= LAYOUT_MIN_TEXT && Math.max(...lengths) >= total * LAYOUT_CELL_SHARE
}

/** A layout table's content: each cell's children, in reading order. */
function cellBlocks(table: Element): ElementContent[] {
  const out: ElementContent[] = []
  const caption = table.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'caption',
  )
  if (caption)
    out.push({ type: 'element', tagName: 'p', properties: {}, children: caption.children })
  for (const row of rowsOf(table))
    for (const cell of cellsOf(row))
      out.push({ type: 'element', tagName: 'div', properties: {}, children: cell.children })
  return out
}

/** Why a data table cannot be a GFM table, or undefined when it can. */
function inexpressible(table: Element): string | undefined {
  const rows = rowsOf(table)
  const cells = rows.flatMap(cellsOf)
  if (
    cells.some(
      (cell) =>
        Number(cell.properties.colSpan ?? 1) > 1 || Number(cell.properties.rowSpan ?? 1) > 1,
    )
  )
    return 'spanning cells'
  if (cells.some((cell) => has(cell, (element) => BLOCKS.has(element.tagName))))
    return 'blocks in a cell'
  const widths: number[] = []
  for (const row of rows)
    for (const [column, cell] of cellsOf(row).entries())
      widths[column] = Math.max(
        widths[column] ?? 0,
        toText(cell).replace(/\s+/g, ' ').trim().length,
      )
  const line = widths.reduce((sum, width) => sum + width + 3, 1)
  if (line > MAX_TABLE_LINE) return `rows of about ${line} characters`
  return undefined
}

/** One list item per row; each cell labelled with its column's header when the table has one. */
function tableAsList(table: Element): ElementContent[] {
  const rows = rowsOf(table)
  const first = rows[0]
  const headerCells = first ? cellsOf(first) : []
  const hasHeader = headerCells.length > 0 && headerCells.every((cell) => cell.tagName === 'th')
  const headers = hasHeader
    ? headerCells.map((cell) => toText(cell).replace(/\s+/g, ' ').trim())
    : []
  const items: ElementContent[] = []
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const children: ElementContent[] = []
    for (const [column, cell] of cellsOf(row).entries()) {
      const label = headers[column]
      const blocks = has(cell, (element) => BLOCKS.has(element.tagName))
      const lead: ElementContent[] = label
        ? [
            {
              type: 'element',
              tagName: 'strong',
              properties: {},
              children: [{ type: 'text', value: label }],
            },
            { type: 'text', value: blocks ? '' : ': ' },
          ]
        : []
      if (blocks) {
        if (lead.length > 0)
          children.push({ type: 'element', tagName: 'p', properties: {}, children: lead })
        children.push(...cell.children)
      } else
        children.push({
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [...lead, ...cell.children],
        })
    }
    if (children.length > 0)
      items.push({ type: 'element', tagName: 'li', properties: {}, children })
  }
  const out: ElementContent[] = []
  const caption = table.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'caption',
  )
  if (caption)
    out.push({ type: 'element', tagName: 'p', properties: {}, children: caption.children })
  out.push({ type: 'element', tagName: 'ul', properties: {}, children: items })
  return out
}
