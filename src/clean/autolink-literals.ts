import type { Nodes, Paragraph, Parents, PhrasingContent, Root } from 'mdast'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'

/**
 * GFM's own autolink-literal transform (mdast-util-gfm-autolink-literal):
 * the step of remark-gfm that turns bare URLs, `www.` domains and e-mail
 * addresses in text into links. It runs on the parsed tree, after escapes
 * are resolved, so no escaping in the Markdown can keep a bare URL from
 * coming back as a link (remark-gfm#33).
 */
const transforms = gfmAutolinkLiteralFromMarkdown().transforms ?? []

/** Cheap test for text that may hold an autolink literal (`://`, `www.`, `@`). */
export function mayHoldAutolinkLiteral(text: string): boolean {
  return /:\/\/|www\.|@/i.test(text)
}

/**
 * Link every autolink literal in the text of an mdast tree, as GFM does when
 * parsing (text in links is left alone). Text is split node by node, so only
 * text that may hold a URL goes through the transform.
 */
export function linkAutolinkLiterals(tree: Root): void {
  const walk = (parent: Parents): void => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index] as Nodes
      if (child.type === 'text') {
        const pieces = autolinkPieces(child.value)
        if (!pieces) continue
        for (const piece of pieces) piece.position = child.position
        ;(parent.children as Nodes[]).splice(index, 1, ...pieces)
        index += pieces.length - 1
      } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') {
        walk(child)
      }
    }
  }
  walk(tree)
}

/**
 * The pieces GFM makes of a run of text: text and links, or undefined when
 * it links nothing.
 */
export function autolinkPieces(text: string): PhrasingContent[] | undefined {
  if (!mayHoldAutolinkLiteral(text)) return undefined
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }] }
  for (const transform of transforms) transform({ type: 'root', children: [paragraph] })
  return paragraph.children.some((child) => child.type === 'link') ? paragraph.children : undefined
}

/** Whether GFM would link some of this text. */
export function hasAutolinkLiteral(text: string): boolean {
  return autolinkPieces(text) !== undefined
}
