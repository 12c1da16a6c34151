/**
 * Headings (or short lines) that open what follows an article on a page:
 * related links, comments, more from the site. Matched against the whole
 * line, so a section of the article that mentions comments is not caught.
 */
export const END_OF_ARTICLE: readonly RegExp[] = [
  /^(?:related|similar|recommended|popular|trending|latest|recent|more) (?:posts?|articles?|stories|reads?|content|news|videos?|guides?|products?)\b/i,
  /^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:this )?next|(?:read|see) (?:more|also)|don'?t miss)\b/i,
  /^more (?:from|in|on|by|like this)\b/i,
  /^(?:[\p{L}']+ ){0,3}related (?:[\p{L}']+ )?(?:posts?|articles?|stories|reads?|content|reports?|topics?|resources|links)\b/iu,
  /^(?:most popular|trending(?: now)?|editor'?s picks?|top stories)\b/i,
  /^(?:leave|post|add|write) a (?:reply|comment|review)\b/i,
  /^(?:\d+ )?(?:comments?|responses?|replies|discussion)(?: \(\d+\))?:?$/i,
  /^(?:join the (?:discussion|conversation)|what do you think\??)$/i,
  /^(?:share|share this(?: (?:article|post|story|page))?|tags?|filed under|about the author)[:.]?$/i,
]

/** A line longer than this is article text, whatever it starts with. */
export const MAX_END_MARKER_LENGTH = 80

export function isEndOfArticle(text: string): boolean {
  return (
    text.length <= MAX_END_MARKER_LENGTH && END_OF_ARTICLE.some((pattern) => pattern.test(text))
  )
}
