import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import rehypeSanitize from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { webAddress } from './image-placeholder.js'

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(() => offline)

/**
 * A winnow `<slug>.md` as HTML for the review page: front matter dropped, raw
 * HTML dropped, sanitized (GitHub's schema), images replaced by links that
 * keep their `http(s):` address in `data-src` (the page makes thumbnails of
 * them only when the editor opts in), and links opened in a new tab without referrer.
 */
export function markdownToHtml(markdown: string): string {
  const tree = processor.runSync(processor.parse(stripFrontMatter(markdown)))
  return toHtml(tree)
}

/** The article's plain text, for search. */
export function markdownToText(markdown: string): string {
  const words: string[] = []
  visit(processor.parse(stripFrontMatter(markdown)), (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      words.push(node.value)
    else if (node.type === 'image' && node.alt) words.push(node.alt)
  })
  return words.join(' ')
}

/** Drop a leading `---` … `---` YAML block. */
export function stripFrontMatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown)
  return match ? markdown.slice(match[0].length) : markdown
}

/** Replace every image by a placeholder link; make links open elsewhere. Runs after sanitizing. */
function offline(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'a') {
      node.properties.target = '_blank'
      node.properties.rel = ['noopener', 'noreferrer']
      return
    }
    if (node.tagName !== 'img' || parent === undefined || index === undefined) return
    parent.children[index] = imagePlaceholder(node)
    return SKIP
  })
}

function imagePlaceholder(image: Element): ElementContent {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt : ''
  const src = webAddress(
    typeof image.properties.src === 'string' ? image.properties.src : undefined,
    undefined,
  )
  const label: ElementContent = { type: 'text', value: `[image${alt ? `: ${alt}` : ''}]` }
  return src
    ? {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['image-link'],
          href: src,
          dataSrc: src,
          target: '_blank',
          rel: ['noopener', 'noreferrer'],
          title: src,
        },
        children: [label],
      }
    : {
        type: 'element',
        tagName: 'span',
        properties: { className: ['image-link'] },
        children: [label],
      }
}
