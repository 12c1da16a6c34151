import type { Element, Root, RootContent } from 'hast'
import type { FrontMatterScalar } from '../types.js'
import { jsonLdArticle, type PageHead, plainMetadataText } from './page-metadata.js'
import { textContent } from './text-content.js'

/**
 * Metadata keys that `readPublishMetadata` adds to an HTML page's metadata,
 * read by the structure stage (titles, URLs, authors, `lang`). Named so that
 * no front-matter key winnow reads means the same.
 */
export const PUBLISH_KEYS = {
  siteName: 'siteName',
  ogTitle: 'ogTitle',
  pageTitle: 'pageTitle',
  base: 'baseHref',
  lang: 'lang',
  headings: 'pageHeadings',
  headline: 'ldHeadline',
  authors: 'authorNames',
} as const

/** Most `h1` texts kept; a page with more holds a list, not one article. */
const MAX_HEADINGS = 5

/** Longest author name kept, in characters: longer text is a byline sentence, not a name. */
const MAX_AUTHOR_NAME = 60

/**
 * What a page says about its site and its article beyond `metadataFromHead`:
 * `og:site_name` or `application-name`, `<base href>`, `<html lang>`, the
 * page's `h1` texts, the JSON-LD `headline`, and author names from
 * `article:author`, microdata and `rel=author` links. Read from the whole
 * page, before the main content is selected.
 */
export function readPublishMetadata(
  page: Root,
  head: PageHead,
): Record<string, FrontMatterScalar | FrontMatterScalar[]> {
  const data: Record<string, FrontMatterScalar | FrontMatterScalar[]> = {}
  const site = head.meta.get('og:site_name') ?? head.meta.get('application-name')
  if (site) data[PUBLISH_KEYS.siteName] = plainMetadataText(site)
  const ogTitle = head.meta.get('og:title') ?? head.meta.get('twitter:title')
  if (ogTitle) data[PUBLISH_KEYS.ogTitle] = plainMetadataText(ogTitle)
  if (head.title) data[PUBLISH_KEYS.pageTitle] = plainMetadataText(head.title)
  const headline = jsonLdArticle(head)?.headline
  if (typeof headline === 'string' && headline.trim() !== '')
    data[PUBLISH_KEYS.headline] = plainMetadataText(headline)

  const headings: string[] = []
  const authors: string[] = []
  const addAuthor = (name: string): void => {
    const text = plainMetadataText(name)
    if (isPersonName(text) && !authors.includes(text)) authors.push(text)
  }
  for (const name of ['article:author', 'og:article:author', 'author', 'dc.creator']) {
    const value = head.meta.get(name)
    if (value) addAuthor(value)
  }
  const stack: (Root | RootContent)[] = [page]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || (node.type !== 'element' && node.type !== 'root')) continue
    if (node.type === 'element') {
      const tag = node.tagName
      if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'template') continue
      if (tag === 'html' && typeof node.properties.lang === 'string' && node.properties.lang)
        data[PUBLISH_KEYS.lang] ??= node.properties.lang.trim()
      if (tag === 'base' && typeof node.properties.href === 'string')
        data[PUBLISH_KEYS.base] ??= node.properties.href.trim()
      if (tag === 'h1' && headings.length < MAX_HEADINGS) {
        const text = textContent(node)
        if (text !== '') headings.push(text)
      }
      if (isAuthorElement(node)) addAuthor(authorText(node))
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  if (headings.length > 0) data[PUBLISH_KEYS.headings] = headings
  if (authors.length > 0) data[PUBLISH_KEYS.authors] = authors
  return data
}

/** `itemprop=author` or a `rel=author` link. */
function isAuthorElement(element: Element): boolean {
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.map((item) => String(item).toLowerCase()) : []
  return (
    list(element.properties.itemProp).includes('author') ||
    (element.tagName === 'a' && list(element.properties.rel).includes('author'))
  )
}

/** An author element's name: its `itemprop=name` when it has one, else its text. */
function authorText(element: Element): string {
  const stack: RootContent[] = [...element.children]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node?.type !== 'element') continue
    const itemProp = node.properties.itemProp
    if (Array.isArray(itemProp) && itemProp.map(String).includes('name')) return textContent(node)
    stack.push(...node.children)
  }
  return textContent(element)
}

/** A name a person goes by: letters, not a handle, a URL or a sentence. */
export function isPersonName(text: string): boolean {
  return (
    text !== '' &&
    text.length <= MAX_AUTHOR_NAME &&
    /\p{L}/u.test(text) &&
    !/^@|^https?:|\/|@\S+\.\S+/i.test(text) &&
    text.split(/\s+/).length <= 6
  )
}
