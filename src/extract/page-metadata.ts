import type { Element, Root } from 'hast'
import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import type { FrontMatter, FrontMatterScalar } from '../types.js'

/**
 * Metadata of an HTML page, shaped like front matter: `<title>`, Open Graph
 * and article meta tags, and JSON-LD (read as data with JSON.parse, never run).
 */
export function pageMetadata(tree: Root): FrontMatter {
  const data: Record<string, FrontMatterScalar | FrontMatterScalar[]> = {}
  const meta = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const element = select(`meta[property="${name}"], meta[name="${name}"]`, tree)
      const content = element?.properties.content
      if (typeof content === 'string' && content.trim() !== '') return content.trim()
    }
    return undefined
  }
  const ld = jsonLdArticle(tree)
  const titleElement = select('title', tree)
  const title =
    meta(['og:title', 'twitter:title']) ??
    ld.headline ??
    (titleElement ? toText(titleElement).trim() : undefined)
  const description =
    meta(['og:description', 'description', 'twitter:description']) ?? ld.description
  const date =
    meta(['article:published_time', 'datePublished', 'date', 'dc.date']) ?? ld.datePublished
  const updated =
    meta(['article:modified_time', 'og:updated_time', 'dateModified']) ?? ld.dateModified
  const tags = selectAll('meta[property="article:tag"]', tree)
    .map((element) => element.properties.content)
    .filter((value): value is string => typeof value === 'string')
  const canonical = select('link[rel~="canonical"]', tree)?.properties.href
  if (title) data.title = title
  if (description) data.description = description
  if (date) data.date = date
  if (updated) data.updated = updated
  if (tags.length > 0) data.tags = tags
  if (typeof canonical === 'string') data.canonical = canonical
  return data
}

interface LdArticle {
  headline?: string
  description?: string
  datePublished?: string
  dateModified?: string
}

function jsonLdArticle(tree: Root): LdArticle {
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    for (const entry of parseJsonLd(script)) {
      const type = entry['@type']
      const types = Array.isArray(type) ? type : [type]
      if (
        !types.some(
          (name) => typeof name === 'string' && /Article|Posting|Report|BlogPosting/.test(name),
        )
      )
        continue
      const found: LdArticle = {}
      for (const key of ['headline', 'description', 'datePublished', 'dateModified'] as const) {
        const value = entry[key]
        if (typeof value === 'string') found[key] = value
      }
      return found
    }
  }
  return {}
}

function parseJsonLd(script: Element): Record<string, unknown>[] {
  let value: unknown
  try {
    value = JSON.parse(toText(script))
  } catch {
    return []
  }
  const entries = Array.isArray(value) ? value : [value]
  const out: Record<string, unknown>[] = []
  for (const entry of entries) {
    if (entry && typeof entry === 'object') {
      out.push(entry as Record<string, unknown>)
      const graph = (entry as Record<string, unknown>)['@graph']
      if (Array.isArray(graph))
        out.push(
          ...graph.filter(
            (item): item is Record<string, unknown> => !!item && typeof item === 'object',
          ),
        )
    }
  }
  return out
}
