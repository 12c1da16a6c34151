import type { Node } from 'unist'
import { shorten } from '../messages/report-removal.js'

/** A short preview of the text held by a run of removed nodes (mdast or hast), tags stripped. */
export function previewNodes(nodes: readonly Node[], extraHtml: readonly string[] = []): string {
  const parts: string[] = []
  const markup: string[] = [...extraHtml]
  const collect = (node: Node): void => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'comment') {
      const isMarkup = node.type === 'html' || node.type === 'raw'
      if (isMarkup) markup.push(node.value)
      parts.push(isMarkup ? node.value.replace(/<[^>]*>/g, ' ') : node.value)
    }
    if (node.type === 'image' && 'url' in node) parts.push(`![](${String(node.url)})`)
    if ('children' in node && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) collect(child)
    }
  }
  for (const html of extraHtml) parts.push(html.replace(/<[^>]*>/g, ' '))
  for (const node of nodes) collect(node)
  const text = shorten(parts.join(' '))
  if (text !== '') return text
  // Only markup (a banner, an embed): show its first tag instead.
  const tag = markup.join(' ').match(/<(?!!--)[^>]*>?/)?.[0]
  return tag ? shorten(tag) : ''
}
