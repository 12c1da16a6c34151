import type { Element, ElementContent } from 'hast'
import { CAPTION_TOKENS, GALLERY_TOKENS, hasToken } from './hints.js'
import type { PageIndex } from './page-index.js'
import { isPlaceholder } from './resolve-lazy-images.js'

/** Most prose, in characters, of a block still taken as a gallery. */
const MAX_GALLERY_PROSE = 1000

/** A figure: `<figure>`, or a captioned-image wrapper such as WordPress's `wp-caption`. */
function isFigure(element: Element, index: PageIndex): boolean {
  if (element.tagName === 'figure') return true
  const entry = index.info.get(element)
  return !!entry && entry.images > 0 && hasToken(entry.tokens, CAPTION_TOKENS)
}

/** A caption or photo credit by class, with no image of its own. */
function isLooseCaption(element: Element, index: PageIndex): boolean {
  const entry = index.info.get(element)
  return !!entry && entry.images === 0 && hasToken(entry.tokens, CAPTION_TOKENS)
}

function isGallery(element: Element, index: PageIndex): boolean {
  const entry = index.info.get(element)
  return (
    !!entry &&
    entry.images > 0 &&
    entry.paragraphs < 3 &&
    entry.text - entry.link <= MAX_GALLERY_PROSE &&
    hasToken(entry.tokens, GALLERY_TOKENS)
  )
}

/** What `tidyMedia` removed: loose captions and gallery text. */
export interface MediaRemoval {
  readonly element: Element
  readonly reason: string
}

/**
 * Figures stay whole, caption included. Outside figures, captions and photo
 * credits marked by class (overlays, lightbox copies, credit lines) go, and
 * galleries and slideshows keep their images only (no counters, controls or
 * repeated captions).
 */
export function tidyMedia(container: Element, index: PageIndex): MediaRemoval[] {
  const removed: MediaRemoval[] = []
  const stack: Element[] = [container]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    if (element !== container && isGallery(element, index)) {
      const images = imagesOf(element)
      if (images.length < element.children.length || hasText(element)) {
        removed.push({
          element,
          reason:
            'Unexpected gallery controls and captions (the images stay), expected article content',
        })
      }
      element.children = images
      continue
    }
    if (element !== container && isFigure(element, index)) continue
    let changed = false
    const kept: ElementContent[] = []
    // Note: a caption beside the one image of a small wrapper (a lightbox link, an
    // image block) is that image's caption, as in a figure.
    const captionsOwnImage = element !== container && index.info.get(element)?.images === 1
    for (const child of element.children) {
      if (child.type === 'element' && child.tagName === 'img' && isPlaceholder(child)) {
        removed.push({
          element: child,
          reason:
            'Unexpected image placeholder with no real image behind it, expected a content image',
        })
        changed = true
        continue
      }
      if (child.type === 'element' && !captionsOwnImage && isLooseCaption(child, index)) {
        removed.push({
          element: child,
          reason: 'Unexpected image caption or credit outside a figure, expected article content',
        })
        changed = true
        continue
      }
      kept.push(child)
      if (child.type === 'element' && index.info.has(child)) stack.push(child)
    }
    if (changed) element.children = kept
  }
  return removed
}

function hasText(element: Element): boolean {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim() !== '') return true
      if (child.type === 'element') stack.push(child)
    }
  }
  return false
}

/** The images in an element, in document order. */
function imagesOf(element: Element): Element[] {
  const images: Element[] = []
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child?.type !== 'element') continue
      if (child.tagName === 'img') images.push(child)
      else stack.push(child)
    }
  }
  return images.reverse()
}
