import type { FrontMatter, FrontMatterValue } from '../types.js'

export interface Metadata {
  readonly title?: string
  readonly description?: string
  readonly date?: string
  readonly updated?: string
  readonly author?: string
  /** The page's own address (canonical link, `og:url`, front matter `url`), http(s) only. */
  readonly url?: string
  readonly tags: readonly string[]
  readonly categories: readonly string[]
}

/** Front-matter keys read for each field, first match wins. */
const keys = {
  title: ['title', 'headline', 'name'],
  description: ['description', 'summary', 'excerpt'],
  date: ['date', 'published', 'publishDate', 'pubDate', 'datePublished', 'created'],
  updated: ['updated', 'lastmod', 'modified', 'dateModified', 'lastModified'],
  author: ['author', 'authors', 'byline', 'creator'],
  url: ['canonical', 'canonical_url', 'canonicalUrl', 'url', 'permalink', 'link', 'source'],
  tags: ['tags', 'keywords'],
  categories: ['categories', 'category'],
} as const

/** Read the record's metadata from front matter (or HTML page metadata), as plain text. */
export function readMetadata(data: FrontMatter): Metadata {
  const title = text(pick(data, keys.title))
  const description = text(pick(data, keys.description))
  const date = dateText(pick(data, keys.date))
  const updated = dateText(pick(data, keys.updated))
  const author = authorText(pick(data, keys.author))
  const url = webAddress(pick(data, keys.url))
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(date ? { date } : {}),
    ...(updated ? { updated } : {}),
    ...(author ? { author } : {}),
    ...(url ? { url } : {}),
    tags: list(pick(data, keys.tags)),
    categories: list(pick(data, keys.categories)),
  }
}

function pick(data: FrontMatter, names: readonly string[]): FrontMatterValue | undefined {
  for (const name of names) {
    const value = data[name]
    if (value !== undefined && value !== null && value !== '') return value
  }
  return undefined
}

/** Markup in metadata is removed: titles and descriptions are plain text. */
export function plainText(value: string): string {
  return value
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function text(value: FrontMatterValue | undefined): string | undefined {
  if (typeof value === 'string') return plainText(value) || undefined
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** One author, or a list joined with commas. */
function authorText(value: FrontMatterValue | undefined): string | undefined {
  if (Array.isArray(value)) return list(value).join(', ') || undefined
  return text(value)
}

/** An absolute http(s) URL, as the URL standard serializes it; anything else is dropped. */
function webAddress(value: FrontMatterValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Dates are kept as written when they parse as dates; anything else is dropped. */
function dateText(value: FrontMatterValue | undefined): string | undefined {
  const raw =
    typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined
  if (raw === undefined || raw === '' || Number.isNaN(Date.parse(raw))) return undefined
  return raw
}

function list(value: FrontMatterValue | undefined): string[] {
  const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  const seen = new Set<string>()
  for (const entry of entries) {
    if (typeof entry !== 'string' && typeof entry !== 'number') continue
    const item = plainText(String(entry))
    if (item) seen.add(item)
  }
  return [...seen]
}
