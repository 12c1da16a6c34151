import type { Element, ElementContent } from 'hast'
import { BLOCK_TAGS } from './page-index.js'

/**
 * The text of an element with white space collapsed, blocks and line breaks
 * kept apart by a space. Iterative, so nesting depth never matters.
 */
export function textContent(element: Element): string {
  const parts: string[] = []
  const stack: (ElementContent | string)[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') parts.push(node)
    else if (node?.type === 'text') parts.push(node.value)
    else if (node?.type === 'element') {
      if (node.tagName === 'br') {
        parts.push(' ')
        continue
      }
      const block = BLOCK_TAGS.has(node.tagName)
      if (block) stack.push(' ')
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]
        if (child) stack.push(child)
      }
      if (block) parts.push(' ')
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}
