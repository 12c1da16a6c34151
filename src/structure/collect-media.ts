import type { RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import type { ArticleImage, ArticleLink } from '../types.js'
import { plainText } from './plain-text.js'

/** Every image in a run of nodes, in document order. */
export function collectImages(nodes: readonly RootContent[]): ArticleImage[] {
  const images: ArticleImage[] = []
  for (const node of nodes) {
    visit(node, 'image', (image) => {
      images.push({ alt: image.alt ?? '', src: image.url })
    })
  }
  return images
}

/** Every link in a run of nodes, in document order. */
export function collectLinks(nodes: readonly RootContent[]): ArticleLink[] {
  const links: ArticleLink[] = []
  for (const node of nodes) {
    visit(node, 'link', (link) => {
      links.push({
        text: plainText([link], { includeImageAlt: true }).replace(/\s+/g, ' ').trim(),
        href: link.url,
      })
    })
  }
  return links
}
