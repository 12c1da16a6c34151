import { PUBLISH_KEYS } from '../extract/publish-metadata.js'
import type { FrontMatter } from '../types.js'

/** Separators between a title's segments: `Title | Site`, `Site - Title`, `Title :: Site ::`, `Title _Site`. */
export const SEGMENT_SEPARATOR = /\s+[|\-–—·•:»@/]\s+|\s*(?:::|\||_)\s*|\s+[[(（]|[\])）]\s*$/

/** A comparison key: case, diacritics, punctuation and spaces do not count. */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Metadata keys holding the page's own address, first match wins. */
const URL_KEYS = ['canonical', 'url', 'sourceURL', 'sourceUrl', 'source_url', 'source', 'link']

/**
 * Keys of the names a site goes by, from its metadata: `og:site_name` (whole,
 * its segments, and without a `.tld`), and the host name of the page's
 * address (whole, without `www.`, its registrable part and that part's name).
 */
export function siteNameKeys(metadata: FrontMatter): Set<string> {
  const names = new Set<string>()
  const site = metadata[PUBLISH_KEYS.siteName]
  if (typeof site === 'string') {
    for (const name of [site, ...site.split(SEGMENT_SEPARATOR)]) {
      names.add(nameKey(name))
      names.add(nameKey(name.replace(/\.[a-z]{2,6}$/i, '')))
    }
  }
  const host = hostOf(metadata)
  if (host !== undefined) {
    const labels = host.replace(/^www\d?\./, '').split('.')
    for (let start = 0; start < labels.length - 1; start++)
      names.add(nameKey(labels.slice(start).join('.')))
    // The site's own name: the label before the public suffix (`en.wikipedia.org` → `wikipedia`).
    const suffixLabels =
      labels.length > 2 && /^(?:co|com|org|net|gov|ac|edu)$/.test(labels.at(-2) ?? '') ? 2 : 1
    const name = labels.at(-1 - suffixLabels)
    if (name) names.add(nameKey(name))
  }
  names.delete('')
  return names
}

/** The host name of the page's address, when its metadata gives one. */
export function hostOf(metadata: FrontMatter): string | undefined {
  for (const key of URL_KEYS) {
    const value = metadata[key]
    if (typeof value !== 'string') continue
    try {
      const url = new URL(value.trim())
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.toLowerCase()
    } catch {}
  }
  return undefined
}
