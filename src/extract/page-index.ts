import type { Element, ElementContent, Root, RootContent } from 'hast'
import { type Hints, hintTokens, readHints } from './hints.js'
import { isNonContent } from './non-content.js'

/**
 * Block-level elements: their text is a unit of its own; text in any other
 * element flows into the nearest block around it.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

const FORM_CONTROLS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button'])

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** What the extraction knows about one element, measured once over the whole page. */
export interface ElementInfo {
  readonly element: Element
  readonly parent: Element | undefined
  /** Position in document order. */
  readonly order: number
  readonly depth: number
  readonly tokens: readonly string[]
  /** Class and id weight, see `readHints`. */
  readonly weight: number
  /** Furniture or ad slot by class or id, see `readHints`. */
  readonly furniture: boolean
  /** Furniture (not an ad slot) by class or id, see `readHints`. */
  readonly pageFurniture: boolean
  /** Text length with white space collapsed. */
  text: number
  /** Text length inside links. */
  link: number
  commas: number
  /** Text not inside a block descendant (what a paragraph of this element would hold). */
  ownText: number
  ownLink: number
  ownCommas: number
  /** Paragraph-like blocks (`p`, `pre`, blocks holding their own text) with 25+ characters of text. */
  paragraphs: number
  images: number
  listItems: number
  inputs: number
  headingText: number
  hasBlockChild: boolean
  /** This element's own paragraph score (see `paragraphScore`), 0 when it is not a paragraph. */
  unitScore: number
  /** Sum of the paragraph scores in this element, without Readability's decay over levels. */
  contentScore: number
  /** Readability-style content score, once the element is a candidate. */
  score: number
  scored: boolean
}

export interface PageIndex {
  readonly body: Element | undefined
  /** Every element under the body, in document order. */
  readonly elements: readonly ElementInfo[]
  readonly info: ReadonlyMap<Element, ElementInfo>
}

const COMMA = /[,\u060c\u3001\uff0c]/g

/** Length of a text with runs of white space counted as one character. */
function textLength(value: string): number {
  let length = 0
  let space = true
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160) {
      if (!space) length++
      space = true
    } else {
      length++
      space = false
    }
  }
  return length
}

function countCommas(value: string): number {
  let count = 0
  COMMA.lastIndex = 0
  while (COMMA.exec(value) !== null) count++
  return count
}

function classNames(element: Element): readonly string[] {
  const value = element.properties.className
  if (Array.isArray(value)) return value.filter((name): name is string => typeof name === 'string')
  return []
}

interface CachedHints {
  readonly tokens: readonly string[]
  readonly hints: Hints
}

const NO_HINTS: CachedHints = { tokens: [], hints: readHints([]) }

/** Class and id hints; pages repeat the same class names, so they are read once per page. */
function elementHints(element: Element, cache: Map<string, CachedHints>): CachedHints {
  const names = classNames(element)
  const id = stringProperty(element, 'id')
  if (names.length === 0 && !id) return NO_HINTS
  const key = `${names.join(' ')}#${id ?? ''}`
  let cached = cache.get(key)
  if (!cached) {
    const tokens = hintTokens(names, id)
    cached = { tokens, hints: readHints(tokens) }
    cache.set(key, cached)
  }
  return cached
}

export function findBody(tree: Root): Element | undefined {
  const html = tree.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'html',
  )
  const scope: readonly (RootContent | ElementContent)[] = html ? html.children : tree.children
  return scope.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'body',
  )
}

/**
 * Measure every element under `scope` in two iterative passes (document order,
 * then reverse for the sums), so that nesting depth never matters. Scripts,
 * styles, embeds, form controls and hidden elements are not measured (see
 * `isNonContent`): they have no entry.
 */
export function indexPage(scope: Element | undefined): PageIndex {
  const elements: ElementInfo[] = []
  const info = new Map<Element, ElementInfo>()
  if (!scope) return { body: undefined, elements, info }
  const hintCache = new Map<string, CachedHints>()
  const stack: { element: Element; parent: Element | undefined; depth: number }[] = [
    { element: scope, parent: undefined, depth: 0 },
  ]
  while (stack.length > 0) {
    const item = stack.pop() as { element: Element; parent: Element | undefined; depth: number }
    const { element } = item
    const { tokens, hints } = elementHints(element, hintCache)
    const entry: ElementInfo = {
      element,
      parent: item.parent,
      order: elements.length,
      depth: item.depth,
      tokens,
      weight: hints.weight,
      furniture: hints.furniture,
      pageFurniture: hints.pageFurniture,
      text: 0,
      link: 0,
      commas: 0,
      ownText: 0,
      ownLink: 0,
      ownCommas: 0,
      paragraphs: 0,
      images: 0,
      listItems: 0,
      inputs: 0,
      headingText: 0,
      hasBlockChild: false,
      unitScore: 0,
      contentScore: 0,
      score: 0,
      scored: false,
    }
    elements.push(entry)
    info.set(element, entry)
    const children = element.children
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child?.type !== 'element') continue
      if (!isNonContent(child)) {
        stack.push({ element: child, parent: element, depth: item.depth + 1 })
      } else if (FORM_CONTROLS.has(child.tagName)) {
        // Form controls are not measured, but they are counted: forms are furniture.
        entry.inputs += 1
      }
    }
  }

  // Reverse document order: every element is finished before its parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    const entry = elements[i] as ElementInfo
    const { element } = entry
    for (const child of element.children) {
      if (child.type === 'text') {
        const length = textLength(child.value)
        if (length === 0) continue
        const commas = countCommas(child.value)
        entry.text += length
        entry.ownText += length
        entry.commas += commas
        entry.ownCommas += commas
      }
    }
    const tag = element.tagName
    if (tag === 'a' && !isBrokenAnchor(entry) && !isImageLink(element, entry)) {
      entry.link = entry.text
      entry.ownLink = entry.ownText
    } else if (tag === 'img' || tag === 'picture') {
      entry.images += 1
    } else if (tag === 'li') {
      entry.listItems += 1
    }
    if (HEADING_TAGS.has(tag)) entry.headingText = entry.text
    if (
      (tag === 'p' || tag === 'pre' || (BLOCK_TAGS.has(tag) && entry.ownText > 0)) &&
      entry.ownText - entry.ownLink >= 25
    ) {
      entry.paragraphs += 1
    }
    entry.unitScore = paragraphScore(entry)
    entry.contentScore += entry.unitScore
    const parent = entry.parent ? info.get(entry.parent) : undefined
    if (!parent) continue
    parent.contentScore += entry.contentScore
    parent.text += entry.text
    parent.link += entry.link
    parent.commas += entry.commas
    parent.paragraphs += entry.paragraphs
    parent.images += entry.images
    parent.listItems += entry.listItems
    parent.inputs += entry.inputs
    parent.headingText += entry.headingText
    if (BLOCK_TAGS.has(tag)) {
      parent.hasBlockChild = true
    } else {
      parent.ownText += entry.ownText
      parent.ownLink += entry.ownLink
      parent.ownCommas += entry.ownCommas
    }
  }
  return { body: scope, elements, info }
}

/** Most text, in characters, of a link that holds blocks (a teaser card); more is a broken anchor. */
const MAX_BLOCK_LINK_TEXT = 300

/**
 * An anchor that was never closed (`<a href=…><img …>/a>`): the HTML parser
 * reopens it around the paragraphs that follow, so it holds blocks and far
 * more text than a link. Its text is not link text.
 */
function isBrokenAnchor(entry: ElementInfo): boolean {
  return entry.hasBlockChild && entry.text > MAX_BLOCK_LINK_TEXT
}

/** A link target that is an image file: the larger version of the picture the link holds. */
const IMAGE_FILE_HREF = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)(?:[?#]|$)/i

/**
 * A picture wrapped in a link to its larger version (a lightbox): it is an
 * image, and its caption is text, not link text.
 */
function isImageLink(element: Element, entry: ElementInfo): boolean {
  const href = element.properties.href
  return entry.images > 0 && typeof href === 'string' && IMAGE_FILE_HREF.test(href)
}

/** Least non-link text, in characters, for a block's own text to count as a paragraph. */
export const MIN_PARAGRAPH_LENGTH = 25

/**
 * Readability's paragraph score: 1 + commas + one point per 100 characters
 * (at most 3), for a block's own text (not in block descendants) of at least
 * `MIN_PARAGRAPH_LENGTH` characters outside links.
 */
function paragraphScore(entry: ElementInfo): number {
  const text = entry.ownText - entry.ownLink
  if (text < MIN_PARAGRAPH_LENGTH) return 0
  return 1 + entry.ownCommas + Math.min(Math.floor(text / 100), 3)
}

export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(' ')
  return undefined
}

export function linkDensity(entry: ElementInfo): number {
  return entry.text === 0 ? 0 : entry.link / entry.text
}
