import type { ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
import type { FrontMatter } from '../types.js'
import { articleTitle, metadataFromHead, readPageHead } from './page-metadata.js'
import { selectMainContent } from './select-main-content.js'
import { textContent } from './text-content.js'

export interface ExtractedArticle {
  /** The article's elements, page furniture removed; cleaning and sanitizing come after. */
  readonly content: Root
  /** Page metadata shaped like front matter: title, description, date, updated, tags, author, canonical. */
  readonly metadata: FrontMatter
}

/**
 * Extract the article from a parsed HTML page: its metadata, then its main
 * content. The page tree is changed in place (page furniture inside the
 * article is removed, and reported on `file` when given). Throws an
 * `InputError` with a reason when the page holds no article.
 */
export function extractArticle(page: Root, file?: VFile): ExtractedArticle {
  const head = readPageHead(page)
  const metadata = metadataFromHead(head)
  const content = selectMainContent(page, file ? { head, file } : { head })
  const title =
    typeof metadata.title === 'string'
      ? articleTitle(metadata.title, head, firstHeading(content))
      : undefined
  return { content, metadata: title ? { ...metadata, title } : metadata }
}

/** The text of the first `h1` in the article, if any. */
function firstHeading(tree: Root): string | undefined {
  const stack: (Root | ElementContent)[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node?.type === 'element' && node.tagName === 'h1') return textContent(node)
    if (node && (node.type === 'root' || node.type === 'element')) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]
        if (child && child.type === 'element') stack.push(child)
      }
    }
  }
  return undefined
}
