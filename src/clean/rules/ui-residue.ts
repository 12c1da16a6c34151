import { intlUiResidueLines } from './ui-residue-intl.js'

/**
 * Whole lines that are left-overs of page UI (English here, other languages
 * in `ui-residue-intl.ts`): a close button's label, an ad
 * slot's caption. Matched against the entire text of a paragraph-like block,
 * ignoring case and surrounding white space and punctuation.
 */
export const uiResidueLines: readonly RegExp[] = [
  /^(?:close|close ad|close this ad|dismiss|skip ad|skip)$/,
  /^(?:advertisements?|advertising|adverts?|ads?|sponsored|sponsored (?:content|links?|message|post)|promoted(?: content)?|paid (?:content|post)|ad feedback|report (?:this )?ad)$/,
  // The caption of an ad slot inside the text, with or without an ad label
  // before it: "Advertisement - Continue Reading Below", "Story continues below advertisement".
  /^(?:(?:advertisements?|advert|ad)\s*[-–—:|·•]?\s*)?(?:scroll to continue(?: with content)?|continue reading(?: the (?:main )?story)? below|(?:story|article|content) continues below(?: (?:this )?(?:advertisement|ad))?|(?:story|article|content) continues after (?:this )?(?:advertisement|ad))$/,
  /^(?:share this|share this article|share on facebook|share on twitter|tweet|pin it|print|email|copy link|share)$/,
  /^(?:loading|loading comments)$/,
  // A newsletter pitch line: "Get New York Today in your inbox", "Sign up for
  // our daily newsletter". Note: the whole line must be the pitch, so prose
  // about newsletters stays.
  /^(?:get|sign up for|sign up to|subscribe to|join)\b.{0,50}\b(?:in your inbox|newsletters?|inbox every (?:day|week|morning))(?: here| now| today| for free)?$/,
  // Note: a lone close glyph; other single symbols (a divider like `* * *`) are kept.
  /^[×✕✖✗]$/u,
  ...intlUiResidueLines,
]

/**
 * Shortcodes of ad plugins that leak into scraped text when the plugin is not
 * installed on the copying site: `[adinserter block="3"]`, `[ad]`.
 */
export const adShortcodePattern =
  /\[\/?(?:adinserter|ad|ads|advert|adsense|ezoic|mv_ad|the_ad|the_ad_group|ad_unit|wpipa)(?:\s[^\]\n]{0,120})?\]/gi

/**
 * Closing-tag fragments left in text by broken markup, such as the `/a>` of
 * `<a …><img …>/a>`. Only common inline and block tags, and never after a `<`
 * or a word character, so `a/b>` in prose or code is left alone.
 */
export const strayTagPattern =
  /(?<![<\w/])\/(?:a|div|span|p|strong|b|em|i|u|li|ul|ol|font|center)>/g
