import { defineRule } from '../../types/rule-definition.js'

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

/** The selector rules' data for one id, in catalogue order. */
function selectorsOf(id: string): readonly ElementRule[] {
  return elementRules.filter((rule) => rule.id === id)
}

/*
 * The selector rules: data only, applied by the selector runner
 * (`remove-elements.ts`) in catalogue order. `ui-residue`'s form controls
 * are data of the `ui-residue` rule (see `remove-ui-residue.ts`).
 */
export const adsenseRule = defineRule({
  id: 'adsense',
  stage: 'hast',
  description:
    '`ins.adsbygoogle` units, `amp-ad`, the AdSense loader and `adsbygoogle.push` scripts.',
  data: selectorsOf('adsense'),
})

export const embedRule = defineRule({
  id: 'embed',
  stage: 'hast',
  description:
    '`script`, `style`, `iframe`, `object`, `embed`, `noscript`, `video`, `audio`, `svg` and the like.',
  data: selectorsOf('embed'),
})

export const pageFurnitureRule = defineRule({
  id: 'page-furniture',
  stage: 'hast',
  description: '`nav`, `footer`, `aside`, breadcrumbs, comment sections.',
  data: selectorsOf('page-furniture'),
})

export const widgetRule = defineRule({
  id: 'widget',
  stage: 'hast',
  description:
    'Taboola, Outbrain, Jetpack related posts / sharing / likes, YARPP, Contextual Related Posts, newsletter sign-up boxes, cookie banners, share rows.',
  data: selectorsOf('widget'),
})

export const CUSTOM_SELECTOR_RULE = 'custom-selector'

export const customSelectorRule = defineRule({
  id: CUSTOM_SELECTOR_RULE,
  stage: 'hast',
  description: 'Elements matched by `removeSelectors` in `winnow.config.json`.',
  options: ['removeSelectors'],
})
