import type { FrontMatter, FrontMatterValue } from '../types.js'
import { readJinaPreamble } from './jina-preamble.js'

/**
 * Who wrapped a Markdown page, as sniffed from its content:
 * - `firecrawl`: front matter with Firecrawl's metadata keys (`sourceURL`, `ogImage`, `statusCode`, …);
 * - `jina`: Jina Reader's `Title:` / `URL Source:` / `Markdown Content:` preamble;
 * - `crawl4ai`: front matter of `url` and `title` (and little else);
 * - `front-matter`: any other front matter (a CMS export, a content farm);
 * - `none`: plain Markdown.
 */
export type EnvelopeStyle = 'firecrawl' | 'jina' | 'crawl4ai' | 'front-matter' | 'none'

export interface ScraperEnvelope {
  readonly style: EnvelopeStyle
  /**
   * The envelope's metadata under the keys the record reads (`title`, `url`,
   * `date`, `description`, `language`), the envelope's own keys kept too.
   */
  readonly metadata: FrontMatter
  /** The body with any preamble blanked out, so positions still point into the file. */
  readonly body: string
}

/** Keys only Firecrawl's page metadata has (any one of them names it). */
const FIRECRAWL_KEYS = ['sourceURL', 'scrapeId', 'statusCode', 'ogImage', 'ogTitle', 'ogUrl']

/** crawl4ai writes the page's `url` and `title`, sometimes with these. */
const CRAWL4AI_KEYS = new Set(['url', 'title', 'description', 'language', 'date'])

/** Where each record field is found in an envelope, first match wins. */
const FIELD_KEYS = {
  title: ['title', 'ogTitle', 'og:title'],
  url: ['sourceURL', 'url', 'ogUrl', 'og:url'],
  date: ['publishedTime', 'published_time', 'article:published_time', 'date'],
  description: ['description', 'ogDescription', 'og:description'],
  language: ['language', 'lang', 'ogLocale', 'og:locale'],
} as const

/**
 * Read a scraper's envelope around a Markdown page: its fields become
 * metadata, never body text. `frontMatter` is what `splitFrontMatter` found.
 */
export function readScraperEnvelope(
  body: string,
  frontMatter: FrontMatter,
  options: { readonly hasFrontMatter: boolean },
): ScraperEnvelope {
  if (!options.hasFrontMatter) {
    const jina = readJinaPreamble(body)
    if (jina) return { style: 'jina', metadata: jina.metadata, body: jina.body }
    return { style: 'none', metadata: frontMatter, body }
  }
  const keys = Object.keys(frontMatter)
  const style: EnvelopeStyle = keys.some((key) => FIRECRAWL_KEYS.includes(key))
    ? 'firecrawl'
    : keys.includes('url') && keys.every((key) => CRAWL4AI_KEYS.has(key))
      ? 'crawl4ai'
      : 'front-matter'
  if (style === 'front-matter') return { style, metadata: frontMatter, body }
  return { style, metadata: withRecordFields(frontMatter), body }
}

/** The envelope's fields under the record's keys, added where the record's own key is missing. */
function withRecordFields(data: FrontMatter): FrontMatter {
  const fields: Record<string, FrontMatterValue> = {}
  for (const [field, names] of Object.entries(FIELD_KEYS)) {
    for (const name of names) {
      const value = firstScalar(data[name])
      if (value !== undefined) {
        fields[field] = value
        break
      }
    }
  }
  return { ...data, ...fields }
}

/** Firecrawl gives some fields as lists (`ogLocaleAlternate`, repeated meta tags): the first entry. */
function firstScalar(value: FrontMatterValue | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined
}
