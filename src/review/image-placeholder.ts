import { escapeHtml } from './escape.js'

/**
 * An image as the review shows it before images are loaded: `[image: alt]`,
 * with its absolute `http(s):` address in `data-src` for the page script to
 * turn into a thumbnail once the editor opts in. Nothing here loads.
 */
export function imagePlaceholder(src: string | undefined, alt: string): string {
  const label = escapeHtml(`[image${alt ? `: ${alt}` : ''}]`)
  if (src === undefined) return `<span class="image-link">${label}</span>`
  const url = escapeHtml(src)
  return `<a class="image-link" href="${url}" data-src="${url}" title="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`
}

/** `value` resolved against `base` when it is an `http(s):` address; otherwise undefined. */
export function webAddress(
  value: string | undefined,
  base: string | undefined,
): string | undefined {
  if (!value) return undefined
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
