/**
 * Elements removed whole, matched by CSS selector (hast-util-select). The
 * first entry that matches an element wins, so specific rules come first.
 */
export interface ElementRule {
  readonly id: string
  readonly reason: string
  readonly selector: string
  /** Optional check on the element's text, for inline scripts. */
  readonly textPattern?: RegExp
}

export const elementRules: readonly ElementRule[] = [
  {
    id: 'adsense',
    reason: 'Unexpected AdSense ad unit, expected article content',
    selector: 'ins.adsbygoogle, ins[data-ad-client], ins[data-ad-slot], amp-ad, amp-auto-ads',
  },
  {
    id: 'adsense',
    reason: 'Unexpected AdSense loader script, expected article content',
    selector:
      'script[src*="googlesyndication.com"], script[src*="adsbygoogle"], script[src*="googletagservices.com"], script[data-ad-client]',
  },
  {
    id: 'adsense',
    reason: 'Unexpected inline AdSense script, expected article content',
    selector: 'script',
    textPattern: /adsbygoogle|googletag\.|google_ad_client/,
  },
  {
    id: 'embed',
    reason: 'Unexpected script, style or embedded frame, expected article content',
    // Note: video and audio players are embeds too; their captions or
    // fallback text are not article text.
    selector:
      'script, style, link, meta, template, noscript, iframe, frame, frameset, object, embed, applet, video, audio, canvas, svg, math, portal',
  },
  {
    id: 'page-furniture',
    reason: 'Unexpected page navigation, sidebar or comment section, expected article content',
    // Note: `header` is left alone: inside an article it holds the title and byline.
    selector:
      'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"], .breadcrumb, .breadcrumbs, #comments, .comments, .comment-list, .comment-respond, #respond',
  },
  {
    id: 'widget',
    reason:
      'Unexpected recommendation, sharing, newsletter or cookie widget, expected article content',
    // Taboola, Outbrain, Jetpack related posts / sharing / likes, YARPP,
    // Contextual Related Posts, newsletter forms (Mailchimp, MC4WP), cookie
    // banners (OneTrust, Cookie Notice, Cookie Consent), share rows (AddToAny,
    // Shareaholic, generic share-buttons classes).
    selector: [
      '[id^="taboola"]',
      '[class*="taboola"]',
      '.trc_related_container',
      '.OUTBRAIN',
      '[class*="outbrain"]',
      '.ob-widget',
      '#jp-relatedposts',
      '.jp-relatedposts',
      '.wp-block-jetpack-related-posts',
      '.sharedaddy',
      '.sd-sharing-enabled',
      '.sd-like',
      '.jetpack-likes-widget-wrapper',
      '.yarpp-related',
      '.yarpp',
      '[class*="yarpp-"]',
      '.crp_related',
      '#crp_related',
      '.newsletter',
      '.newsletter-signup',
      '.newsletter-form',
      '.mc4wp-form',
      '#mc_embed_signup',
      '.subscribe-box',
      '.signup-form',
      '#cookie-notice',
      '.cookie-notice',
      '.cookie-banner',
      '.cookie-consent',
      '.cc-window',
      '#onetrust-banner-sdk',
      '#onetrust-consent-sdk',
      '.social-share',
      '.share-buttons',
      '.sharing-buttons',
      '.social-icons',
      '.addtoany_share_save_accross',
      '.a2a_kit',
      '.shareaholic-canvas',
      '.related-posts',
      '.related-articles',
      '#related-posts',
    ].join(', '),
  },
  {
    id: 'ui-residue',
    reason: 'Unexpected form control, expected article content',
    selector: 'form, button, input, select, textarea, dialog',
  },
]
