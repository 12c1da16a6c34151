import { intlLinkListLabels } from './link-list-labels-intl.js'

/**
 * Labels that introduce a list of links to other articles (English here,
 * other languages in `link-list-labels-intl.ts`). The label is
 * matched against the whole text of a short element (heading, paragraph,
 * bold line, span, blockquote line), ignoring case, a trailing colon and
 * surrounding punctuation.
 */
export const linkListLabels: readonly RegExp[] = [
  /^(?:also read|read also|also see|see also)$/,
  /^read (?:more|next)$/,
  /^related(?: posts?| articles?| stories| reading| content| guides?| links?| news)?$/,
  /^you (?:may|might|could) also (?:like|enjoy|be interested in)$/,
  /^(?:recommended|recommended (?:for you|reading|articles?|posts?|stories))$/,
  /^(?:popular|most popular|trending|latest|recent) (?:posts?|articles?|stories|now)$/,
  /^more (?:from|on|about|in) .{1,60}$/,
  /^more (?:stories|articles|posts|to read|reading)$/,
  // Note: "further reading" is not here: it more often heads a list of sources.
  /^(?:don'?t miss|must read|suggested reading|keep reading|what to read next|up next)$/,
  ...intlLinkListLabels,
]

/** Longest label, in characters: longer text is a sentence, not a label. */
export const LINK_LIST_LABEL_MAX_LENGTH = 80

/**
 * Share of a list's items that must be mostly a link for the list to be a
 * link list. Lists of sources or steps have prose around their links.
 */
export const LINK_LIST_MIN_LINK_ITEM_SHARE = 0.8

/** An item is "mostly a link" when at least this share of its text sits inside links. */
export const LINK_ITEM_MIN_LINK_TEXT_SHARE = 0.7

/**
 * Headings under which a list of links is content (sources, references,
 * downloads), never a link list to remove, even at the end of an article.
 */
export const referenceLabels: readonly RegExp[] = [
  /^(?:sources?|references?|bibliography|citations?|notes|footnotes|credits|further reading|resources|downloads?|links|external links|documentation|tools|see the (?:docs|documentation))$/,
]

/** Fewest items for an unlabelled list at the end of an article to count as a link list. */
export const TRAILING_LINK_LIST_MIN_ITEMS = 3
