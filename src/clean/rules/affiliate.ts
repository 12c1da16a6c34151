/**
 * Affiliate links, by host and by query parameter. A host matches itself and
 * every subdomain.
 */
export const affiliateHosts: readonly string[] = [
  // Impact (impact.com, formerly Impact Radius)
  'sjv.io',
  'pxf.io',
  '7eer.net',
  '8odi.net',
  'evyy.net',
  'ojrq.net',
  'impactradius.com',
  'impactradius-go.com',
  // CJ (Commission Junction) click domains
  'anrdoezrs.net',
  'jdoqocy.com',
  'tkqlhce.com',
  'dpbolvw.net',
  'kqzyfj.com',
  'emjcd.com',
  // Awin
  'awin1.com',
  'zenaps.com',
  // ShareASale
  'shareasale.com',
  'shareasale-analytics.com',
  // Rakuten Advertising (LinkShare)
  'linksynergy.com',
  // ClickBank hop links
  'hop.clickbank.net',
  // Skimlinks and VigLink (Sovrn): `go.redirectingat.com/?id=…&url=…` is
  // Skimlinks' redirect, which publishers put on every product link of a
  // listicle.
  'skimresources.com',
  'go.skimresources.com',
  'redirectingat.com',
  'redirect.viglink.com',
  'sovrn.co',
  // Howl (Narrativ) and Awin's short links redirect through the network.
  'shop-links.co',
  'howl.me',
  'tidd.ly',
  // Partnerize, FlexOffers, AvantLink, Pepperjam
  'prf.hn',
  'track.flexlinkspro.com',
  'avantlink.com',
  'pntra.com',
  'gopjn.com',
  // 2Checkout (Verifone) checkout pages are only linked from articles by affiliates.
  '2checkout.com',
  // Amazon's short links carry the affiliate tag inside.
  'amzn.to',
]

/** Query parameters that carry an affiliate id, on any host. Matched without regard to case. */
export const affiliateParameters: readonly string[] = [
  'affiliate', // 2Checkout / Avangate: `AFFILIATE=108875`
  'affiliate_id',
  'affiliateid',
  'aff_id',
  'affid',
  'aff_sub',
  'irclickid', // Impact
  'clickref',
]

/**
 * Amazon's affiliate parameter is `tag`, which is too common a name to match
 * on other hosts.
 */
export const amazonHostPattern =
  /(?:^|\.)amazon\.(?:com|co\.uk|de|fr|it|es|ca|com\.au|in|co\.jp|com\.br|com\.mx|nl|se|pl|sg|ae|sa|com\.tr)$/i

/** `rel` tokens that mark a paid link. */
export const sponsoredRelTokens: readonly string[] = ['sponsored']

/**
 * A short paragraph that says one of these is a pitch or an affiliate
 * disclosure, not article text.
 */
export const pitchPatterns: readonly RegExp[] = [
  /\(paid link\)/i,
  /\bas an amazon associate\b/i,
  /^\s*deal alert\b/i,
  /\b(?:we|i) (?:may )?earn (?:a )?(?:small )?(?:commission|affiliate commission)\b/i,
  /\bthis (?:post|article|page) (?:may )?contains? affiliate links\b/i,
  /^\s*(?:affiliate )?disclosure\s*:/i,
]

/**
 * A short paragraph that pitches a deal: one of these, and every link in it
 * an affiliate link (`Today's deal: Upgrading anyway? Grab the …`). Note: a
 * paragraph with the same words and a link elsewhere (a review, the maker's
 * page) is article text and stays.
 */
export const dealPitchPatterns: readonly RegExp[] = [
  /^\s*(?:today['’]s|daily|hot|top|best|early|flash|exclusive) deals?\s*[:–—-]/i,
  /^\s*deals?\s*[:–—-]/i,
  /\b(?:grab|snag|pick up|buy|get|shop) (?:the|it|one|yours|this)\b.{0,80}\b(?:for|at|now|today|from) (?:just |only )?[$€£]\s?\d/i,
  /\b(?:upgrading|shopping|buying) anyway\?/i,
]

/** Pitches are short: a paragraph longer than this many words is article text, whatever it says. */
export const PITCH_MAX_WORDS = 60
