import type { Element } from 'hast'
import { imageFileName } from './image-file-name.js'
import type { ElementInfo, PageIndex } from './page-index.js'
import { jsonLdArticle, type PageHead } from './page-metadata.js'

/** Meta names that give the page's lead image, first found first. */
const LEAD_IMAGE_META: readonly string[] = [
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
]

/** Most levels between the article and the nearest ancestor it shares with the lead image. */
export const MAX_LEAD_IMAGE_DISTANCE = 3

/** The lead image's URLs: Open Graph and Twitter meta, then the JSON-LD article's `image`. */
export function leadImageUrls(head: PageHead): string[] {
  const urls: string[] = []
  for (const key of LEAD_IMAGE_META) {
    const value = head.meta.get(key)
    if (value) urls.push(value)
  }
  const image = jsonLdArticle(head)?.image
  for (const item of Array.isArray(image) ? image : [image]) {
    if (typeof item === 'string') urls.push(item)
    else if (
      item &&
      typeof item === 'object' &&
      typeof (item as { url?: unknown }).url === 'string'
    )
      urls.push((item as { url: string }).url)
  }
  return urls
}

/**
 * The lead image (or its `<figure>`) when the page shows it just outside the
 * article: not inside `nodes`, not in page furniture, and sharing an
 * ancestor with the article at most `MAX_LEAD_IMAGE_DISTANCE` levels above
 * it. Undefined when the article already holds it or the page does not.
 */
export function leadImageOutside(
  nodes: readonly Element[],
  index: PageIndex,
  head: PageHead,
): { element: Element; before: boolean } | undefined {
  const first = nodes[0] ? index.info.get(nodes[0]) : undefined
  if (!first) return undefined
  const names = new Set(
    leadImageUrls(head)
      .map(imageFileName)
      .filter((name) => name !== undefined),
  )
  if (names.size === 0) return undefined
  const inside = new Set<Element>()
  for (const node of nodes) {
    const entry = index.info.get(node)
    if (!entry) continue
    for (let i = entry.order; i < index.elements.length; i++) {
      const other = index.elements[i] as ElementInfo
      if (i > entry.order && other.depth <= entry.depth) break
      inside.add(other.element)
    }
  }
  for (const element of inside) {
    if (element.tagName === 'img' && names.has(imageFileName(srcOf(element)) ?? ''))
      return undefined
  }
  const parentOf = (entry: ElementInfo): ElementInfo | undefined =>
    entry.parent ? index.info.get(entry.parent) : undefined
  const articleAncestors: ElementInfo[] = []
  for (let entry = parentOf(first), level = 0; entry && level < MAX_LEAD_IMAGE_DISTANCE; level++) {
    articleAncestors.push(entry)
    entry = parentOf(entry)
  }
  for (const entry of index.elements) {
    if (entry.element.tagName !== 'img' || inside.has(entry.element)) continue
    if (!names.has(imageFileName(srcOf(entry.element)) ?? '')) continue
    for (let up = parentOf(entry); up; up = parentOf(up)) {
      if (articleAncestors.includes(up)) {
        const figure = figureBelow(entry, up, index)
        return { element: figure ?? entry.element, before: entry.order < first.order }
      }
      if (up.pageFurniture || up.furniture) break
    }
  }
  return undefined
}

/** The `<figure>` holding the image below `top`, if any. */
function figureBelow(image: ElementInfo, top: ElementInfo, index: PageIndex): Element | undefined {
  for (
    let entry = image.parent ? index.info.get(image.parent) : undefined;
    entry && entry !== top;
  ) {
    if (entry.element.tagName === 'figure') return entry.element
    entry = entry.parent ? index.info.get(entry.parent) : undefined
  }
  return undefined
}

function srcOf(image: Element): string {
  return typeof image.properties.src === 'string' ? image.properties.src : ''
}
