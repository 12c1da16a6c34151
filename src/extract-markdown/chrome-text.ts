/**
 * Text of site chrome that a whole-page Markdown scrape carries: what a
 * block says when it is navigation, consent or furniture, not the article.
 * Matched against a block's whole text (collapsed white space), so an article
 * that merely mentions cookies is not caught: every pattern is anchored or
 * bounded in length by `MAX_CHROME_TEXT`.
 */
export const CHROME_TEXT: readonly RegExp[] = [
  // skip links
  /^skip to (?:main )?(?:content|navigation|main|article|footer)\b/i,
  /^(?:jump|go) to (?:main )?content\b/i,
  // cookie and consent banners
  /\b(?:we|this (?:web)?site) uses? cookies\b/i,
  /\b(?:accept|reject|manage|allow) (?:all )?cookies\b/i,
  /\bcookie (?:policy|settings|preferences|consent)\b/i,
  /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b/i,
  /\byour privacy choices\b/i,
  // newsletters and sign-up calls to action
  /^(?:sign up|subscribe)(?: (?:to|for) (?:our|the) newsletter)?[.!]?$/i,
  /\bsubscribe to (?:our|the) newsletter\b/i,
  // share rows
  /^share(?: this(?: (?:article|post|story|page))?)?(?: on)?:?$/i,
  /^(?:click to )?share (?:on|via|to) (?:facebook|x|twitter|linkedin|pinterest|reddit|whatsapp|email|bluesky|threads)\b/i,
  /\(opens in (?:a )?new (?:window|tab)\)/i,
  // comment forms
  /^leave a (?:reply|comment)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^save my name,? email,? and website\b/i,
  // legal lines
  /^(?:copyright )?(?:©|\(c\)|copyright)\s*(?:\d{4}|[\p{L}])/iu,
  /\ball rights reserved\b/i,
  // breadcrumbs written as text: "Home › Blog › Post", "Home / News / …"
  /^home\s*[›»>/|]\s*\S/i,
]

/** Longer blocks are never judged by their words alone: they could be an article about cookies. */
export const MAX_CHROME_TEXT = 300

export function isChromeText(text: string): boolean {
  return text.length <= MAX_CHROME_TEXT && CHROME_TEXT.some((pattern) => pattern.test(text))
}
