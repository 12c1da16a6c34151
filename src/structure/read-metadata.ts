import { isPersonName, PUBLISH_KEYS } from '../extract/publish-metadata.js'
import type { FrontMatter, FrontMatterValue } from '../types.js'
import { isoDate } from './iso-date.js'

export interface Metadata {
  readonly title?: string
  readonly description?: string
  readonly date?: string
  readonly updated?: string
  readonly author?: string
  /** The page's own address (canonical link, `og:url`, front matter `url`), http(s) only. */
  readonly url?: string
  /** The article's language as a BCP 47 tag (`<html lang>`, front matter `lang`, the envelope's `language`). */
  readonly lang?: string
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
  url: [
    'canonical',
    'canonical_url',
    'canonicalUrl',
    'url',
    'sourceURL',
    'sourceUrl',
    'source_url',
    'permalink',
    'link',
    'source',
  ],
  lang: ['lang', 'language', 'locale', 'inLanguage'],
  tags: ['tags', 'keywords'],
  categories: ['categories', 'category'],
} as const

/** Read the record's metadata from front matter (or HTML page metadata), as plain text. */
export function readMetadata(data: FrontMatter): Metadata {
  const title = text(pick(data, keys.title))
  const description = text(pick(data, keys.description))
  const date = dateText(pick(data, keys.date))
  const updated = dateText(pick(data, keys.updated))
  const author = realAuthor(authorText(pick(data, keys.author)), data)
  const url = webAddress(pick(data, keys.url))
  const lang = languageTag(pick(data, keys.lang))
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(date ? { date } : {}),
    ...(updated ? { updated } : {}),
    ...(author ? { author } : {}),
    ...(url ? { url } : {}),
    ...(lang ? { lang } : {}),
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

/** Dates as ISO 8601 (see iso-date.ts); anything that is not a date winnow can read is dropped. */
function dateText(value: FrontMatterValue | undefined): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  return isoDate(value)
}

/**
 * An author given as a handle (`@BBCWorld`) yields to a real name the page
 * gives elsewhere (JSON-LD, `article:author`, microdata, `rel=author`).
 */
function realAuthor(author: string | undefined, data: FrontMatter): string | undefined {
  if (author !== undefined && !/^@\S+$/.test(author)) return author
  const names = list(data[PUBLISH_KEYS.authors]).filter(isPersonName)
  return names.length > 0 ? names.join(', ') : author
}

/** A BCP 47 language tag (`en`, `pt-BR`, `zh-Hant-TW`); `en_US` is written `en-US`. */
function languageTag(value: FrontMatterValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const tag = value.trim().replace(/_/g, '-')
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

/** A list of tags: a list, or a string of comma- or semicolon-separated entries; duplicates go. */
function list(value: FrontMatterValue | undefined): string[] {
  const entries = Array.isArray(value)
    ? value
    : value === undefined || value === null
      ? []
      : [value]
  const seen = new Set<string>()
  for (const entry of entries) {
    if (typeof entry !== 'string' && typeof entry !== 'number') continue
    for (const part of String(entry).split(/[,;]/)) {
      const item = plainText(part)
      if (item) seen.add(item)
    }
  }
  return [...seen]
}
