import type { ElementContent, Nodes, Parents, Text } from 'hast'
import type { PhrasingContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { autolinkPieces } from './autolink-literals.js'
import type { HastStep } from './rule.js'

/**
 * Elements whose text GFM never links: links themselves, what becomes code
 * in Markdown, and what is not article text.
 */
const notLinked: ReadonlySet<string> = new Set([
  'a',
  'code',
  'kbd',
  'listing',
  'math',
  'noscript',
  'option',
  'plaintext',
  'pre',
  'samp',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'tt',
  'var',
  'xmp',
])

/**
 * Link bare URLs, `www.` domains and e-mail addresses in text, as GFM does
 * when it parses Markdown: winnow's Markdown output cannot keep them as text
 * (any GFM reader links them again), so the rules judge them as the links
 * they will be, on the first cleaning as on a second. Markdown input comes
 * linked from its parser already; this does the same for HTML. Nothing is
 * removed, so nothing is reported.
 */
export const linkBareUrls: HastStep = {
  step: 'link-bare-urls',
  run(tree) {
    const walk = (parent: Parents): void => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index] as Nodes
        if (child.type === 'element') {
          if (!notLinked.has(child.tagName)) walk(child)
        } else if (child.type === 'text') {
          const pieces = autolinkPieces(child.value)
          if (!pieces) continue
          const replacement = pieces.map((piece) => toHast(piece, child.position))
          ;(parent.children as Nodes[]).splice(index, 1, ...replacement)
          index += replacement.length - 1
        }
      }
    }
    walk(tree)
  },
}

/** A piece of linked text as hast, placed where the text was. */
function toHast(piece: PhrasingContent, position: Position | undefined): ElementContent {
  const text: Text = {
    type: 'text',
    value: mdastToString(piece),
    ...(position ? { position } : {}),
  }
  if (piece.type !== 'link') return text
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: piece.url },
    children: [text],
    ...(position ? { position } : {}),
  }
}
