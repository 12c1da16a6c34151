import type { Element } from 'hast'

/** Elements that never hold article text: code, embeds, form controls, document metadata. */
export const NEVER_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'title',
  'head',
  'base',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'map',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'dialog',
  'portal',
])

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i

/**
 * True for an element the page hides: `hidden`, `aria-hidden="true"`, `display: none`.
 * A tab panel is never hidden here: the page shows it when its tab is chosen,
 * so every panel of a tab set (description, specifications, details) is content.
 */
export function isHidden(element: Element): boolean {
  const { properties } = element
  if (typeof properties.role === 'string' && properties.role.trim().toLowerCase() === 'tabpanel')
    return false
  if (properties.hidden === true || properties.hidden === '') return true
  if (String(properties.ariaHidden) === 'true') return true
  const style = properties.style
  return typeof style === 'string' && HIDDEN_STYLE.test(style)
}

/**
 * True for an element that is never article text: scripts, styles, embeds,
 * form controls, hidden elements. The extraction does not measure them; the
 * cleaning rules remove (and report) them inside the article.
 */
export function isNonContent(element: Element): boolean {
  return NEVER_CONTENT_TAGS.has(element.tagName) || isHidden(element)
}
