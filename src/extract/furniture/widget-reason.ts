import { type ElementInfo, linkDensity } from '../page-index.js'
import type { FurnitureVerdict } from './furniture-check.js'

/** An image block: more than this many images… */
export const MIN_GALLERY_IMAGES = 1
/** …with fewer paragraphs per image than this… */
export const MAX_GALLERY_PARAGRAPHS_PER_IMAGE = 0.5
/** …and less text outside links than this, in characters. */
export const MAX_GALLERY_PROSE = 200
/** List items outside a list: how many more items than paragraphs it takes. */
export const LIST_ITEMS_OVER_PARAGRAPHS = 100
/** A form block has more inputs than its paragraphs divided by this. */
export const PARAGRAPHS_PER_INPUT = 3
/** A short block of links: less text than this, in characters… */
export const MAX_SHORT_BLOCK_TEXT = 25
/** …whose heading text is less than this share of its text… */
export const MAX_SHORT_BLOCK_HEADING_DENSITY = 0.9
/** …with no images, or more than this many. */
export const MAX_SHORT_BLOCK_IMAGES = 2
/** A light block (weight below this) is mostly links above `LIGHT_BLOCK_LINK_DENSITY`. */
export const HEAVY_BLOCK_WEIGHT = 25
export const LIGHT_BLOCK_LINK_DENSITY = 0.2
/** A heavy block is mostly links above this share of its text in links. */
export const HEAVY_BLOCK_LINK_DENSITY = 0.5

function verdict(check: FurnitureVerdict['check'], why: string): FurnitureVerdict {
  return { check, reason: `Unexpected ${why}, expected article content` }
}

/**
 * Readability's "clean conditionally": a block with few commas whose shape
 * says widget, gallery, form or link list rather than prose.
 */
export function widgetReason(entry: ElementInfo, inFigure: boolean): FurnitureVerdict | undefined {
  const isList = entry.element.tagName === 'ul' || entry.element.tagName === 'ol'
  const paragraphs = entry.paragraphs
  const images = entry.images
  const density = linkDensity(entry)
  const prose = entry.text - entry.link
  const headingDensity = entry.headingText / entry.text
  if (
    images > MIN_GALLERY_IMAGES &&
    paragraphs / images < MAX_GALLERY_PARAGRAPHS_PER_IMAGE &&
    prose < MAX_GALLERY_PROSE &&
    !inFigure
  ) {
    return verdict('image-block', 'block of images with little text (a gallery or widget)')
  }
  if (!isList && entry.listItems - LIST_ITEMS_OVER_PARAGRAPHS > paragraphs) {
    return verdict('list-items-outside-list', 'block of list items outside a list')
  }
  if (entry.inputs > Math.floor(paragraphs / PARAGRAPHS_PER_INPUT)) {
    return verdict('form-block', 'form block')
  }
  if (
    !isList &&
    headingDensity < MAX_SHORT_BLOCK_HEADING_DENSITY &&
    entry.text < MAX_SHORT_BLOCK_TEXT &&
    (images === 0 || images > MAX_SHORT_BLOCK_IMAGES) &&
    density > 0
  ) {
    return verdict('short-link-block', 'short block of links')
  }
  if (!isList && entry.weight < HEAVY_BLOCK_WEIGHT && density > LIGHT_BLOCK_LINK_DENSITY) {
    return verdict('link-heavy-block', 'block of mostly links')
  }
  if (entry.weight >= HEAVY_BLOCK_WEIGHT && density > HEAVY_BLOCK_LINK_DENSITY) {
    return verdict('link-heavy-block', 'block of mostly links')
  }
  return undefined
}
