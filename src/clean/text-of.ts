import type { Nodes } from 'hast'

/**
 * The text content of a node (like DOM `textContent`), or undefined as soon
 * as it grows past `max` characters. Rules that look for short lines (labels,
 * UI words, pitches) use this so that large containers cost almost nothing.
 */
export function textUpTo(node: Nodes, max: number): string | undefined {
  let text = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if (current.type === 'text') {
      text += current.value
      if (text.length > max) return undefined
    } else if (current.type === 'element' || current.type === 'root') {
      for (let index = current.children.length - 1; index >= 0; index--)
        stack.push(current.children[index] as Nodes)
    }
  }
  return text
}

/** The whole text content of a node, without the innerText layout rules (fast). */
export function textOf(node: Nodes): string {
  return textUpTo(node, Number.POSITIVE_INFINITY) ?? ''
}
