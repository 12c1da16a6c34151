import type { Element } from 'hast'

/** A table with a caption, a head or header cells: data, never furniture. */
export function isDataTable(element: Element): boolean {
  if (element.tagName !== 'table') return false
  if (element.properties.role === 'presentation') return false
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'caption' || child.tagName === 'thead') return true
    if (child.tagName === 'tbody' || child.tagName === 'tr') {
      for (const row of child.children) {
        if (row.type !== 'element') continue
        for (const cell of row.children) {
          if (cell.type === 'element' && cell.tagName === 'th') return true
        }
      }
    }
  }
  return false
}
