import { BYLINE_TOKENS, hasToken } from '../hints.js'
import type { ElementInfo } from '../page-index.js'

/** Longest text of a byline or date line, in characters. */
export const MAX_BYLINE_LENGTH = 200

export const BYLINE_REASON = 'Unexpected byline or date line, expected article content'

/** Author, date and "updated" lines: short blocks marked by class, `rel=author` or `itemprop=author`. */
export function isByline(entry: ElementInfo): boolean {
  if (entry.text > MAX_BYLINE_LENGTH || entry.paragraphs > 1) return false
  const { element } = entry
  if (element.tagName === 'address') return true
  const rel = element.properties.rel
  if (Array.isArray(rel) && rel.includes('author')) return true
  const itemProp = element.properties.itemProp
  if (
    Array.isArray(itemProp) &&
    itemProp.some(
      (value) => value === 'author' || value === 'datePublished' || value === 'dateModified',
    )
  )
    return true
  return hasToken(entry.tokens, BYLINE_TOKENS)
}
