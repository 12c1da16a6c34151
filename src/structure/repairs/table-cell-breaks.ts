import type { PhrasingContent, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { RepairContext, TextRepair } from './repair.js'

export const TABLE_CELL_BREAK_RULE = 'table-cell-break'

/**
 * Line ends and breaks inside a table cell become one space: a GFM table
 * row is one line, and Markdown would write them as `&#xA;`.
 */
export const tableCellBreaks: TextRepair = {
  id: TABLE_CELL_BREAK_RULE,
  stage: 'structure',
  description: 'Line ends and breaks inside a table cell become one space.',
  run(tree: Root, context: RepairContext) {
    visit(tree, 'tableCell', (cell) => {
      let changed = false
      visit(cell, (node, index, parent) => {
        if (node.type === 'break' && parent && index !== undefined) {
          ;(parent.children as PhrasingContent[]).splice(index, 1, { type: 'text', value: ' ' })
          changed = true
        } else if (node.type === 'text' && /[\r\n]/.test(node.value)) {
          node.value = node.value.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ')
          changed = true
        }
      })
      if (changed)
        context.report(
          TABLE_CELL_BREAK_RULE,
          'Unexpected line break in a table cell, which a GFM row cannot hold: made it a space',
          cell,
        )
    })
  },
}
