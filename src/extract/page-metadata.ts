import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { FrontMatter, FrontMatterScalar } from '../types.js'
import { textContent } from './text-content.js'

/**
 * What a page says about itself: `<title>`, `<meta>` (Open Graph, Twitter,
 * article, Dublin Core, itemprop), `<link rel=canonical>` and JSON-LD, read in
 * one pass over the page.
 */
export interface PageHead {
  readonly title: string | undefined
  /** Meta content by lower-cased `property`, `name` or `itemprop`; the first one wins. */
  readonly meta: ReadonlyMap<string, string>
  readonly canonical: string | undefined
  /** Every `article:tag`, in order. */
  readonly tags: readonly string[]
  /** JSON-LD objects (arrays and `@graph` flattened), parsed as data with JSON.parse, never run. */
  readonly jsonLd: readonly Record<string, unknown>[]
}

/** Largest JSON-LD script read, in characters: larger ones are skipped. */
const MAX_JSON_LD_LENGTH = 2_000_000

export function readPageHead(tree: Root): PageHead {
  let title: string | undefined
  let canonical: string | undefined
  const meta = new Map<string, string>()
  const tags: string[] = []
  const jsonLd: Record<string, unknown>[] = []
  const stack: (Root | RootContent)[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || (node.type !== 'element' && node.type !== 'root')) continue
    if (node.type === 'element') {
      const tag = node.tagName
      if (tag === 'svg' || tag === 'math') continue
      if (tag === 'title') {
        title ??= textContent(node)
        continue
      }
      if (tag === 'meta') {
        readMeta(node, meta, tags)
        continue
      }
      if (tag === 'link') {
        const rel = node.properties.rel
        const href = node.properties.href
        if (
          Array.isArray(rel) &&
          rel.some((value) => String(value).toLowerCase() === 'canonical')
        ) {
          if (typeof href === 'string' && href.trim() !== '') canonical ??= href.trim()
        }
        continue
      }
      if (tag === 'script') {
        const type = node.properties.type
        if (typeof type === 'string' && type.trim().toLowerCase() === 'application/ld+json') {
          jsonLd.push(...parseJsonLd(node))
        }
        continue
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
  return { title, meta, canonical, tags, jsonLd }
}

function readMeta(element: Element, meta: Map<string, string>, tags: string[]): void {
  const content = element.properties.content
  if (typeof content !== 'string' || content.trim() === '') return
  const names: string[] = []
  for (const key of ['property', 'name', 'itemProp'] as const) {
    const value = element.properties[key]
    if (typeof value === 'string') names.push(value)
    else if (Array.isArray(value)) for (const item of value) names.push(String(item))
  }
  for (const name of names) {
    const key = name.trim().toLowerCase()
    if (key === 'article:tag') tags.push(content.trim())
    else if (key !== '' && !meta.has(key)) meta.set(key, content.trim())
  }
}

function parseJsonLd(script: Element): Record<string, unknown>[] {
  let source = ''
  for (const child of script.children) if (child.type === 'text') source += child.value
  if (source.length > MAX_JSON_LD_LENGTH) return []
  // Some pages wrap JSON-LD in an HTML comment or CDATA section.
  source = source
    .trim()
    .replace(/^(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>)$/, '')
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch {
    return []
  }
  const out: Record<string, unknown>[] = []
  const queue: unknown[] = [value]
  while (queue.length > 0 && out.length < 200) {
    const item = queue.shift()
    if (Array.isArray(item)) queue.push(...item)
    else if (isRecord(item)) {
      out.push(item)
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph'])
    }
  }
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value)
}

const ARTICLE_TYPE = /Article|Posting|Report|Review|Story|Recipe|HowTo/

/** The page's JSON-LD article: the first entry typed as an article, else the first with a headline. */
export function jsonLdArticle(head: PageHead): Record<string, unknown> | undefined {
  const typed = head.jsonLd.find((entry) => {
    const type = entry['@type']
    const types = Array.isArray(type) ? type : [type]
    return types.some((name) => typeof name === 'string' && ARTICLE_TYPE.test(name))
  })
  return typed ?? head.jsonLd.find((entry) => typeof entry.headline === 'string')
}

/** The article's text as the page's JSON-LD gives it (`articleBody`), for cross-checking. */
export function jsonLdArticleBody(head: PageHead): string | undefined {
  for (const entry of head.jsonLd) {
    const body = entry.articleBody
    if (typeof body === 'string' && body.trim() !== '') return body
  }
  return undefined
}

/**
 * Plain text of a metadata value: character references decoded, markup
 * removed, white space collapsed. Parsed as an HTML fragment, never run.
 */
export function plainMetadataText(value: string): string {
  const text = /[<&]/.test(value) ? textContent(fragmentRoot(value)) : value
  return text.replace(/\s+/g, ' ').trim()
}

function fragmentRoot(value: string): Element {
  const root = fromHtml(value, { fragment: true })
  return {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: root.children as Element['children'],
  }
}

function ldString(value: unknown): string | undefined {
  if (typeof value === 'string') return plainMetadataText(value) || undefined
  if (typeof value === 'number') return String(value)
  return undefined
}

/** Names of JSON-LD authors: a string, a Person or Organization, or a list of them. */
function ldAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  const names: string[] = []
  for (const item of list) {
    const name = isRecord(item) ? ldString(item.name) : ldString(item)
    if (name && !/^https?:/i.test(name) && !names.includes(name)) names.push(name)
  }
  return names
}

function ldKeywords(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return list
    .map((item) => (typeof item === 'string' ? plainMetadataText(item) : ''))
    .filter((item) => item !== '')
}

/**
 * Metadata of an HTML page, shaped like front matter: `title`, `description`,
 * `date`, `updated`, `tags`, `author`, `canonical`. Every value is plain text.
 */
export function metadataFromHead(head: PageHead): FrontMatter {
  const meta = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const value = head.meta.get(name)
      if (value !== undefined) {
        const text = plainMetadataText(value)
        if (text !== '') return text
      }
    }
    return undefined
  }
  const ld = jsonLdArticle(head) ?? {}
  const data: Record<string, FrontMatterScalar | FrontMatterScalar[]> = {}
  const title =
    meta(['og:title', 'twitter:title']) ??
    ldString(ld.headline) ??
    (head.title ? plainMetadataText(head.title) || undefined : undefined)
  const description =
    meta(['og:description', 'description', 'twitter:description']) ?? ldString(ld.description)
  const date =
    meta(['article:published_time']) ??
    ldString(ld.datePublished) ??
    meta(['datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate'])
  const updated =
    meta(['article:modified_time', 'og:updated_time']) ??
    ldString(ld.dateModified) ??
    meta(['datemodified', 'last-modified'])
  const ldAuthor = ldAuthors(ld.author)
  const author =
    ldAuthor.length > 0
      ? ldAuthor.join(', ')
      : meta(['author', 'article:author', 'twitter:creator', 'dc.creator'])
  const tags = head.tags.map(plainMetadataText).filter((tag) => tag !== '')
  const canonical = head.canonical ?? meta(['og:url'])
  if (title) data.title = title
  if (description) data.description = description
  if (date) data.date = date
  if (updated) data.updated = updated
  const allTags = tags.length > 0 ? tags : ldKeywords(ld.keywords)
  if (allTags.length > 0) data.tags = [...new Set(allTags)]
  if (author && !/^https?:/i.test(author)) data.author = author
  if (canonical) data.canonical = canonical
  return data
}

/** Separators between a page title and the site name: `Title | Site`, `Title - Site`, `Site: Title`. */
const TITLE_SEPARATOR = /\s+[|\-–—·•:»]\s+|\s*::\s*/

/**
 * The article's own title when the page title carries the site name or a
 * section too (`Title | Site`, `Opinion | Title`): the part that is the
 * article's heading, else the parts that are not `og:site_name`. Undefined
 * when the title stands as it is.
 */
export function articleTitle(
  title: string,
  head: PageHead,
  heading: string | undefined,
): string | undefined {
  const parts = title.split(TITLE_SEPARATOR).filter((part) => part !== '')
  if (parts.length < 2) return undefined
  const key = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  if (heading) {
    const own = key(heading)
    const match = parts.find((part) => key(part) === own)
    if (own !== '' && match) return match
  }
  const site = head.meta.get('og:site_name') ?? head.meta.get('application-name')
  if (site) {
    const rest = parts.filter((part) => key(part) !== key(site))
    if (rest.length > 0 && rest.length < parts.length) return rest.join(' - ')
  }
  return undefined
}

/** Metadata of an HTML page, see `metadataFromHead`. */
export function pageMetadata(tree: Root): FrontMatter {
  return metadataFromHead(readPageHead(tree))
}
