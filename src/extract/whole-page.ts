import type { Root } from 'hast'
import type { ExtractedArticle } from './extract-article.js'
import { findBody } from './page-index.js'
import { pageMetadata } from './page-metadata.js'

/**
 * A page taken whole, for when `main-content` is off: its metadata, and its
 * body (or, with no body, the page) as the article. The cleaning rules still run.
 */
export function wholePage(page: Root): ExtractedArticle {
  const metadata = pageMetadata(page)
  const body = findBody(page)
  return { content: body ? { type: 'root', children: body.children } : page, metadata }
}
