/**
 * Ad-funded video players that sites put inside articles (outstream video),
 * by the markup their scripts leave, and the teaser line that introduces
 * them. Note: a `<video>` or `<iframe>` of the article itself is an embed and
 * is handled by the `embed` rule; these selectors name the player networks.
 */
export const videoPlayerSelector = [
  // Primis
  '[id^="primis"]',
  '[class*="primis"]',
  // Connatix
  '[class*="connatix"]',
  '[id*="connatix"]',
  '[class^="cnx-"]',
  '[class*=" cnx-"]',
  '[id^="cnx-"]',
  // AnyClip
  '[class*="anyclip"]',
  '[id*="anyclip"]',
  // Ex.co (formerly Playbuzz). Note: `exco-` or `exco_` at the start of a
  // class or id, so words like "excommunication" never match.
  '[class^="exco-"]',
  '[class*=" exco-"]',
  '[class^="exco_"]',
  '[id^="exco-"]',
  '[id^="exco_"]',
  '[class*="playbuzz"]',
  // Aniview, Vidazoo, Minute Media, JW Player, Brightcove floating players
  '[id^="aniBox"]',
  '[class*="aniview"]',
  '[class*="vidazoo"]',
  '[class*="mm-video-player"]',
  '.jwplayer',
  '[id^="jwplayer"]',
  '[class*="brightcove-player"]',
  '[class*="video-player-widget"]',
  '[class*="sticky-video"]',
].join(', ')

/**
 * The teaser heading or line right before a player: "Watch: …", "Video: …",
 * "WATCH NOW". Matched against the whole text of the block before the
 * player, and only there: the same words elsewhere are article text.
 */
export const videoTeaserPattern =
  /^\s*(?:watch(?: now| more| next)?|video|videos|now playing|must watch|trending(?: video| now)?|related video)\s*(?:[:|–—-].{0,160})?$/iu

/** A teaser is short: a block before a player longer than this many words is article text. */
export const VIDEO_TEASER_MAX_WORDS = 25
