import type { VFile } from 'vfile'
import { PUBLISH_KEYS } from '../extract/publish-metadata.js'
import { defineRule } from '../types/rule-definition.js'
import type { FrontMatter } from '../types.js'
import { nameKey, SEGMENT_SEPARATOR, siteNameKeys } from './site-names.js'

export const TITLE_SITE_NAME_RULE = 'title-site-name'
export const TITLE_SOURCE_RULE = 'title-source'

export const titleSourceRule = defineRule({
  id: TITLE_SOURCE_RULE,
  stage: 'structure',
  description:
    "A title the page's heading and `<title>` do not agree with is replaced by the `<title>`.",
})

export const titleSiteNameRule = defineRule({
  id: TITLE_SITE_NAME_RULE,
  stage: 'structure',
  description: "The site's name is cut from the start or end of the title.",
})

export interface CleanTitleOptions {
  readonly disabled: ReadonlySet<string>
}

/** Words a segment naming the site may have besides the site's name (`痞客邦 PIXNET`). */
const MAX_SITE_SEGMENT_WORDS = 3

/**
 * The article's title without the site's name, from the page's metadata:
 * when the title the metadata chose is not one the page's `h1` or `<title>`
 * agrees with (a JSON-LD `headline` that is a description), the `<title>`
 * instead; then site-name segments (`og:site_name`, `application-name`, the
 * host name) are cut from its start and end. Each change is an `info`
 * message; returns the metadata with the new title.
 */
export function cleanTitle(
  metadata: FrontMatter,
  file: VFile,
  options: CleanTitleOptions,
): FrontMatter {
  const original = metadata.title
  if (typeof original !== 'string' || original.trim() === '') return metadata
  let title = original
  if (!options.disabled.has(TITLE_SOURCE_RULE)) {
    const better = agreedTitle(metadata, title)
    if (better !== undefined && better !== title) {
      report(
        file,
        TITLE_SOURCE_RULE,
        `title “${title}” is not the page's heading nor its <title>: used “${better}”`,
      )
      title = better
    }
  }
  if (!options.disabled.has(TITLE_SITE_NAME_RULE)) {
    const sites = siteNameKeys(metadata)
    const cut = withoutSiteSegments(title, sites)
    if (cut !== title) {
      report(file, TITLE_SITE_NAME_RULE, `title “${title}” carries the site's name: kept “${cut}”`)
      title = cut
    }
  }
  return title === original ? metadata : { ...metadata, title }
}

/**
 * A title the page agrees on, when the metadata's title is a description:
 * the page's `h1` when a title candidate has it as a segment, else the
 * `<title>` when the metadata's title is the JSON-LD headline alone and is no
 * part of the `<title>`.
 */
function agreedTitle(metadata: FrontMatter, title: string): string | undefined {
  const text = (key: string) =>
    typeof metadata[key] === 'string' ? (metadata[key] as string) : undefined
  const headings = metadata[PUBLISH_KEYS.headings]
  const pageTitle = text(PUBLISH_KEYS.pageTitle)
  const candidates = [title, text(PUBLISH_KEYS.ogTitle), pageTitle, text(PUBLISH_KEYS.headline)]
  if (Array.isArray(headings)) {
    for (const heading of headings) {
      if (typeof heading !== 'string') continue
      const key = nameKey(heading)
      if (key === '' || namesSite(heading, siteNameKeys(metadata))) continue
      if (candidates.some((candidate) => candidate !== undefined && isMainSegment(candidate, key)))
        return heading
    }
  }
  const headline = text(PUBLISH_KEYS.headline)
  const fromHeadline =
    headline !== undefined &&
    nameKey(headline) === nameKey(title) &&
    text(PUBLISH_KEYS.ogTitle) === undefined
  if (fromHeadline && pageTitle !== undefined && !nameKey(pageTitle).includes(nameKey(title)))
    return pageTitle
  return undefined
}

/**
 * Whether `key` is a segment of `title` and its longest one: the article's
 * part of a title, not the site's (`Daring Fireball: Colophon` with the
 * logo's `h1` "Daring Fireball" keeps its title).
 */
function isMainSegment(title: string, key: string): boolean {
  const keys = segments(title).map(nameKey)
  if (keys.length < 2 || !keys.includes(key)) return false
  return keys.every((other) => other === key || other.length < key.length)
}

/** A title's segments between separators. */
function segments(title: string): string[] {
  return title
    .split(SEGMENT_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/** Cut segments that name the site from the start and the end of a title; never the whole title. */
export function withoutSiteSegments(title: string, sites: ReadonlySet<string>): string {
  if (sites.size === 0) return title
  // Segments at even indices, separators between them at odd ones.
  const pieces = title.split(new RegExp(`(${SEGMENT_SEPARATOR.source})`))
  const isSite = (index: number): boolean => namesSite(pieces[index] ?? '', sites)
  const meaningful = (): number =>
    pieces.filter((piece, index) => index % 2 === 0 && nameKey(piece) !== '').length
  let first = 0
  let last = pieces.length - 1
  // A bare closing bracket or an empty segment at the end does not count as the last segment.
  const lastSegment = (): number => {
    let index = last
    while (index > first && nameKey(pieces[index] ?? '') === '') index -= 2
    return index
  }
  let cut = false
  while (last - first >= 2) {
    if (isSite(first) && meaningful() >= 2) {
      pieces[first] = ''
      first += 2
      cut = true
      continue
    }
    const end = lastSegment()
    if (end > first && isSite(end) && meaningful() >= 2) {
      for (let index = end; index <= last; index++) pieces[index] = ''
      last = end - 2
      pieces[last + 1] = ''
      cut = true
      continue
    }
    break
  }
  if (!cut) return title
  const kept = pieces
    .slice(first, last + 1)
    .join('')
    .trim()
  return nameKey(kept) === '' ? title : kept
}

/** A segment that is the site's name, or a few words holding it (`痞客邦 PIXNET`). */
function namesSite(segment: string, sites: ReadonlySet<string>): boolean {
  if (sites.has(nameKey(segment))) return true
  const words = segment.trim().split(/\s+/)
  return (
    words.length <= MAX_SITE_SEGMENT_WORDS &&
    words.length > 1 &&
    words.some((word) => sites.has(nameKey(word)) && nameKey(word).length >= 4)
  )
}

function report(file: VFile, ruleId: string, reason: string): void {
  const message = file.info(reason, { ruleId, source: 'winnow' })
  message.actual = reason
}
