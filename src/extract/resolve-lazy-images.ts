import type { Element, ElementContent, Parents, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { parseSrcset } from 'srcset'
import {
  IMAGE_URL,
  LAZY_SRC_ATTRIBUTES,
  LAZY_SRCSET_ATTRIBUTES,
  PLACEHOLDER_SRC,
} from './lazy-image-attributes.js'

/** Largest size, in pixels, of an image still taken as a placeholder by its `width`/`height`. */
const PLACEHOLDER_MAX_SIZE = 1

/**
 * Give lazy-loaded images their real address, in place. An `img` whose `src`
 * is missing or a placeholder (`data:` URI, blank or spacer file, 1×1 size)
 * takes, in order: a lazy attribute (`data-src`, `data-lazy-src`,
 * `data-original`, …), the largest candidate of its `data-srcset` or
 * `srcset`, the largest candidate of a `<source>` in its `<picture>`, or the
 * `src` of an `<img>` in a `<noscript>` twin beside it. A placeholder with none
 * of those loses its `src` (it is no image). A `<noscript>` holding an image
 * with no image beside it becomes that image. Nothing else changes.
 */
export function resolveLazyImages(tree: Root | Element): void {
  const images: [Element, Parents][] = []
  const noscripts: [Element, Parents][] = []
  // Note: a loop, not recursion: pages can nest elements thousands deep.
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop() as Parents
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (node.tagName === 'img') images.push([node, parent])
      else if (node.tagName === 'noscript') noscripts.push([node, parent])
      stack.push(node)
    }
  }
  for (const [image, parent] of images) {
    if (!isPlaceholder(image)) continue
    const real = lazySource(image, parent) ?? noscriptTwin(image, parent)?.src
    if (real) {
      image.properties.src = real
      // Note: the placeholder's 1×1 size would make the real image look like a tracking pixel.
      for (const key of ['width', 'height'] as const) {
        const value = Number(image.properties[key])
        if (Number.isFinite(value) && value <= PLACEHOLDER_MAX_SIZE) delete image.properties[key]
      }
    } else if (image.properties.src !== undefined) delete image.properties.src
  }
  for (const [noscript, parent] of noscripts) {
    const twin = noscriptImage(noscript)
    if (!twin) continue
    if (parent.children.some((child) => child.type === 'element' && child.tagName === 'img')) {
      continue
    }
    if (parent.type === 'element' && parent.tagName === 'picture') continue
    const position = parent.children.indexOf(noscript)
    if (position >= 0) parent.children[position] = twin.element
  }
}

/** True when the image has no real address of its own. */
export function isPlaceholder(image: Element): boolean {
  const src = typeof image.properties.src === 'string' ? image.properties.src.trim() : ''
  if (src === '' || /^data:/i.test(src) || !IMAGE_URL.test(src)) return true
  if (PLACEHOLDER_SRC.test(src)) return true
  const width = Number(image.properties.width)
  const height = Number(image.properties.height)
  return (
    image.properties.width !== undefined &&
    image.properties.height !== undefined &&
    width <= PLACEHOLDER_MAX_SIZE &&
    height <= PLACEHOLDER_MAX_SIZE &&
    LAZY_SRC_ATTRIBUTES.some((key) => typeof image.properties[key] === 'string')
  )
}

function usable(url: string | undefined): string | undefined {
  const value = url?.trim()
  if (!value || /^data:/i.test(value) || !IMAGE_URL.test(value) || PLACEHOLDER_SRC.test(value))
    return undefined
  return value
}

function lazySource(image: Element, parent: Parents): string | undefined {
  for (const key of LAZY_SRC_ATTRIBUTES) {
    const value = image.properties[key]
    const url = usable(typeof value === 'string' ? value : undefined)
    if (url) return url
  }
  for (const key of LAZY_SRCSET_ATTRIBUTES) {
    const value = image.properties[key]
    const url = typeof value === 'string' ? largestCandidate(value) : undefined
    if (url) return url
  }
  if (parent.type === 'element' && parent.tagName === 'picture') {
    const sources = parent.children.filter(
      (child): child is Element => child.type === 'element' && child.tagName === 'source',
    )
    // Note: a source without a media query is the default one; prefer it.
    sources.sort(
      (a, b) => Number(a.properties.media !== undefined) - Number(b.properties.media !== undefined),
    )
    for (const source of sources) {
      for (const key of LAZY_SRCSET_ATTRIBUTES) {
        const value = source.properties[key]
        const url = typeof value === 'string' ? largestCandidate(value) : undefined
        if (url) return url
      }
    }
  }
  return undefined
}

/** The largest candidate of a `srcset` list (by width, then density; the last one on ties). */
export function largestCandidate(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined
  for (const candidate of parseSrcset(srcset)) {
    const url = usable(candidate.url)
    if (!url) continue
    const size = candidate.width ?? (candidate.density ?? 1) * 1e-3
    if (!best || size >= best.size) best = { url, size }
  }
  return best?.url
}

/** The image of a `<noscript>` next to the image (or next to its `<picture>`). */
function noscriptTwin(image: Element, parent: Parents): { src: string } | undefined {
  const siblings = parent.children
  const position = siblings.indexOf(image as ElementContent)
  for (const offset of [1, -1, 2, -2]) {
    const sibling = siblings[position + offset]
    if (sibling?.type === 'element' && sibling.tagName === 'noscript') {
      const twin = noscriptImage(sibling)
      if (twin) return { src: twin.src }
    }
  }
  return undefined
}

/**
 * The one real image in a `<noscript>`: its content is elements in the body,
 * and raw text where the parser ran with scripting on (it is parsed then, never run).
 */
function noscriptImage(noscript: Element): { element: Element; src: string } | undefined {
  let content: Root | Element = noscript
  if (!noscript.children.some((child) => child.type === 'element')) {
    const text = noscript.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
    if (!/<img\b/i.test(text)) return undefined
    content = fromHtml(text, { fragment: true })
  }
  let found: Element | undefined
  let count = 0
  const stack: (Root | Element)[] = [content]
  while (stack.length > 0) {
    const node = stack.pop() as Root | Element
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'img') {
        count++
        found = child
      }
      stack.push(child)
    }
  }
  if (count !== 1 || !found) return undefined
  const src = usable(typeof found.properties.src === 'string' ? found.properties.src : undefined)
  return src ? { element: found, src } : undefined
}
