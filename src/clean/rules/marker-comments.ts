/**
 * Marker comments that scrapers and ad plugins put around ad blocks, such as
 * `<!-- affiliate ads begin -->` … `<!-- affiliate ads end -->`. Everything
 * between a begin marker and the next end marker is removed.
 */

/** Words that say the marked block is an ad. */
const adWords =
  /\b(?:ads?|adverts?|advertisements?|advertising|affiliates?|sponsors?|sponsored|promos?|promotions?|adsense|banners?|adunit|ad[\s_-]?slot|ad[\s_-]?code)\b/

/** Words that open a marked block. */
const beginWords = /\b(?:begins?|start|starts|starting|open)\b/

/** Words that close one. A leading slash (`<!-- /ads -->`) also closes. */
const endWords = /(?:\b(?:ends?|ending|stop|close|finish)\b|^\/)/

/**
 * Note: `google_ad_section_start` / `google_ad_section_end` mark the text that
 * AdSense should read for targeting: the article itself, not an ad. They are
 * never markers.
 */
const notMarkers = /google[\s_-]?ad[\s_-]?section/

/** A comment that is only an ad word or two, like `<!-- ads -->` or `<!-- sponsored content -->`. */
const bareMarker =
  /^(?:(?:ads?|adverts?|advertisements?|advertising|affiliates?|sponsored|promo|adsense|banner)\s?){1,2}(?:content|block|unit|slot|code|links?)?$/

export type MarkerKind = 'begin' | 'end'

/** Marker texts a user adds in winnow.config.json: plain text, matched inside the comment ignoring case. */
export interface ExtraMarkers {
  readonly begin: readonly string[]
  readonly end: readonly string[]
}

/** Classify the text inside one HTML comment. */
export function classifyMarker(
  comment: string,
  extra: ExtraMarkers = { begin: [], end: [] },
): MarkerKind | undefined {
  const lower = comment.toLowerCase()
  if (extra.end.some((marker) => lower.includes(marker.toLowerCase()))) return 'end'
  if (extra.begin.some((marker) => lower.includes(marker.toLowerCase()))) return 'begin'
  const text = lower.replace(/[_-]+/g, ' ').trim()
  if (text.length > 80 || notMarkers.test(comment.toLowerCase())) return undefined
  if (!adWords.test(text)) return undefined
  if (endWords.test(text)) return 'end'
  if (beginWords.test(text)) return 'begin'
  // A bare `<!-- ads -->` opens a block that `<!-- /ads -->` closes.
  if (bareMarker.test(text)) return 'begin'
  return undefined
}

export interface HtmlComment {
  /** Offset of `<!--`. */
  readonly start: number
  /** Offset after `-->`. */
  readonly end: number
  /** The text between `<!--` and `-->`. */
  readonly text: string
}

/**
 * HTML comments inside a raw HTML string, in one left-to-right scan: linear
 * in the string's length, even with thousands of `<!--` and no `-->`.
 */
export function* htmlComments(value: string): Generator<HtmlComment> {
  let from = 0
  for (;;) {
    const start = value.indexOf('<!--', from)
    if (start === -1) return
    const close = value.indexOf('-->', start + 4)
    // No comment after this one can close either.
    if (close === -1) return
    yield { start, end: close + 3, text: value.slice(start + 4, close) }
    from = close + 3
  }
}
