/**
 * Class and id hints. An element's class names and id are split into
 * lower-case tokens on punctuation and camelCase (`c-article-body__text`,
 * `storyBody` → `c article body text`, `story body`), so every hint matches
 * on word boundaries: `ad` matches `ad-slot` and `top-ad` but never `header`,
 * `load` or `shadow`.
 */

/** Tokens that mark the article's own container. */
export const POSITIVE_TOKENS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'page',
  'post',
  'story',
  'text',
  'blog',
  'prose',
])

/**
 * Tokens that mark page furniture, matched whole. A block with one of these
 * (and no positive token) is left out of scoring, and removed (and reported)
 * inside the article.
 */
export const FURNITURE_TOKENS: ReadonlySet<string> = new Set([
  'foot',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'breadcrumb',
  'breadcrumbs',
  'search',
  'searchform',
  'sidebar',
  'related',
  'recommended',
  'recommendations',
  'share',
  'sharing',
  'sharebar',
  'social',
  'subscribe',
  'subscription',
  'newsletter',
  'signup',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'comment',
  'comments',
  'disqus',
  'respond',
  'replies',
  'shoutbox',
  'skyscraper',
])

/**
 * Tokens that lower a block's score but do not remove it on their own: page
 * builders put `widget` or `banner` on the article's own wrappers.
 */
export const WEAK_NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'banner',
  'widget',
  'widgets',
  'menu',
  'masthead',
  'rail',
  'aside',
  'popup',
  'modal',
  'tags',
  'tagcloud',
  'pagination',
  'pager',
  'dfp',
  'gpt',
  'reply',
])

/**
 * Tokens of ad slots and sponsored blocks. They count as furniture when
 * choosing the container; inside it, ad containers are left to the cleaning
 * rules (`ad-container`, `adsense`), which report every removal.
 */
export const AD_TOKENS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertisements',
  'advertising',
  'adsense',
  'adslot',
  'adunit',
  'outbrain',
  'taboola',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'promotion',
])

/** Stems: a token that starts with one of these is an ad token too (`advertorial`, `sponsorship`). */
const AD_STEMS: readonly string[] = ['advert', 'sponsor', 'promo']

/** Stems: a token that starts with one of these is furniture too (`commentlist`, `sidebarleft`). */
export const FURNITURE_STEMS: readonly string[] = [
  'comment',
  'sidebar',
  'newsletter',
  'subscri',
  'breadcrumb',
  'social',
  'sharing',
  'related',
  'cookie',
  'navbar',
  'disqus',
]

const CAMEL = /([a-z0-9])([A-Z])/g
const SEPARATOR = /[^a-z0-9]+/

/** Lower-case tokens of class names and an id. */
export function hintTokens(classNames: readonly string[], id: string | undefined): string[] {
  const tokens: string[] = []
  const add = (value: string): void => {
    for (const token of value.replace(CAMEL, '$1 $2').toLowerCase().split(SEPARATOR)) {
      if (token !== '') tokens.push(token)
    }
  }
  for (const name of classNames) add(name)
  if (id) add(id)
  return tokens
}

export function isFurnitureToken(token: string): boolean {
  if (FURNITURE_TOKENS.has(token)) return true
  for (const stem of FURNITURE_STEMS) if (token.startsWith(stem)) return true
  return false
}

export function isAdToken(token: string): boolean {
  if (AD_TOKENS.has(token)) return true
  for (const stem of AD_STEMS) if (token.startsWith(stem)) return true
  return false
}

export interface Hints {
  /** Class and id weight: +25 for any positive token, -25 for any negative one (Readability's scale). */
  readonly weight: number
  /** A furniture or ad token and no positive one: left out when choosing the container. */
  readonly furniture: boolean
  /** A furniture token that is not an ad token, and no positive one: removed inside the container. */
  readonly pageFurniture: boolean
}

/** Tokens of embedded posts (tweets, Instagram posts) quoted in the article: never furniture. */
export const EMBED_TOKENS: ReadonlySet<string> = new Set([
  'embed',
  'embedded',
  'tweet',
  'instagram',
])

/** Runs of tokens that name furniture together (`read-more-big`, `most-read`), matched on the tokens joined with `-`. */
const FURNITURE_PHRASES =
  /(?:^|-)(?:read-more|readmore|see-also|also-read|more-stories|more-news|you-may-like|most-read|most-popular|popular-posts|trending)(?:-|$)/

/** Tokens that negate the next one: `non-ad-column` is not an ad. */
/**
 * Words that make the next token describe something else: `no-sidebar`, and
 * layout modifiers (`with-sidebar-layout`, `has-comments`) that mark a page
 * or post that has a sidebar or comments, not the sidebar or comments.
 */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'non', 'not', 'with', 'without', 'has'])

/** Words after a token that make it describe the page's layout (`sidebar-layout`), not a part of the page. */
const LAYOUT_WORDS: ReadonlySet<string> = new Set(['layout'])

export function readHints(tokens: readonly string[]): Hints {
  let positive = false
  let furniture = false
  let weak = false
  let ad = false
  let embed = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    if (i > 0 && NEGATIONS.has(tokens[i - 1] as string)) continue
    // `sidebar-layout`, `two-column-sidebar-layout`: a layout that has a sidebar, not the sidebar.
    if (LAYOUT_WORDS.has(tokens[i + 1] as string)) continue
    if (POSITIVE_TOKENS.has(token)) positive = true
    else if (EMBED_TOKENS.has(token)) embed = true
    else if (isFurnitureToken(token)) furniture = true
    else if (isAdToken(token)) ad = true
    else if (WEAK_NEGATIVE_TOKENS.has(token)) weak = true
  }
  if (!furniture && tokens.length > 1 && FURNITURE_PHRASES.test(tokens.join('-'))) furniture = true
  const neutral = positive || embed
  return {
    weight: (positive ? 25 : 0) - (furniture || ad || weak ? 25 : 0),
    furniture: (furniture || ad) && !neutral,
    pageFurniture: furniture && !neutral,
  }
}

/**
 * Tokens of image captions and credits. A captioned-image wrapper (with an
 * image) is a figure and stays whole; outside figures, caption and credit
 * blocks (overlays, lightbox copies, credit lines) are dropped.
 */
export const CAPTION_TOKENS: ReadonlySet<string> = new Set([
  'caption',
  'captions',
  'figcaption',
  'credit',
  'credits',
  'photocredit',
  'imagecredit',
])

/** Tokens of image galleries and slideshows: their images stay, their controls and counters go. */
export const GALLERY_TOKENS: ReadonlySet<string> = new Set([
  'gallery',
  'slideshow',
  'carousel',
  'slider',
  'inlinegallery',
])

/** Tokens of bylines and datelines of the page: author, date and time lines around the article. */
export const BYLINE_TOKENS: ReadonlySet<string> = new Set([
  'byline',
  'bylines',
  'author',
  'authors',
  'date',
  'dates',
  'time',
  'timestamp',
  'published',
  'pubdate',
  'updated',
  'posted',
  'meta',
  'postmeta',
  'entrymeta',
])

export function hasToken(tokens: readonly string[], set: ReadonlySet<string>): boolean {
  for (const token of tokens) if (set.has(token)) return true
  return false
}
