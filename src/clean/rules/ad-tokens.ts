/**
 * Class and id tokens that mark an ad container. A class or id is split into
 * tokens on non-alphanumerics and camelCase humps, so `ad-slot`, `adSlot` and
 * `sidebar_ads` match while `header`, `shadow`, `read`, `load` and `badge`
 * (which only contain the letters "ad") never do.
 */
export const adTokens: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertisements',
  'advertising',
  'adslot',
  'adunit',
  'adbox',
  'adwrap',
  'adwrapper',
  'adcontainer',
  'adsense',
  'adsbygoogle',
  'sponsor',
  'sponsored',
  'sponsors',
  'promo',
  'promoted',
  'dfp',
  'taboola',
  'outbrain',
])

/** Whole class or id values of ad networks and ad plugins, matched without tokenizing. */
export const adValuePatterns: readonly RegExp[] = [
  /^div-gpt-ad/i, // Google Publisher Tag slots
  /^google[-_]ads?[-_]/i,
  /^code-block-\d+$/i, // Ad Inserter blocks
  /^ezoic-(?:ad|pub-ad)/i, // Ezoic placeholders
  /^ez-ad/i,
  /^mv-ad-box$/i, // Mediavine
  /^adthrive/i, // Raptive / AdThrive
  /^mediavine/i,
  /^ai-(?:viewport|insert)-\d/i, // Ad Inserter viewport classes
]

/** `data-*` attributes that only ad slots carry (hast property names). */
export const adDataProperties: readonly string[] = [
  'dataAdSlot',
  'dataAdClient',
  'dataAdUnit',
  'dataAdunit',
  'dataAdFormat',
  'dataGptSlot',
  'dataAdPosition',
]

/**
 * An ad container holds little text of its own. An element with more words
 * than this outside links is article text with a misleading class, and stays.
 */
export const AD_CONTAINER_MAX_WORDS = 80
