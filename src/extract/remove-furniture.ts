import type { Element, ElementContent } from 'hast'
import { BYLINE_TOKENS, hasToken } from './hints.js'
import { isHidden } from './non-content.js'
import { type ElementInfo, HEADING_TAGS, linkDensity, type PageIndex } from './page-index.js'
import { isFurnitureElement } from './score-candidates.js'

/** Containers that are checked for furniture (Readability's "clean conditionally", widened). */
const CONDITIONAL_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'header',
  'form',
  'fieldset',
  'table',
  'ul',
  'ol',
  'dl',
])

const BYLINE_REASON = 'Unexpected byline or date line, expected article content'
const HIDDEN_REASON = 'Unexpected hidden element, expected article content'

/** Longest text of a byline or date line, in characters. */
const MAX_BYLINE_LENGTH = 200

/** Least number of consecutive link-only paragraphs that make a disguised link list. */
const MIN_LINK_PARAGRAPH_RUN = 2

/** One element removed from the article container, and why. */
export interface FurnitureRemoval {
  readonly element: Element
  readonly reason: string
}

/** What `removeFurniture` did, to report it or to undo it. */
export interface FurnitureResult {
  readonly removed: readonly FurnitureRemoval[]
  /** The children each changed element had before. */
  readonly undo: readonly { readonly element: Element; readonly children: ElementContent[] }[]
}

/**
 * Remove page furniture inside the chosen container, top-down: hidden
 * elements, navigation, sidebars, footers, share rows, comment sections and
 * other articles, bylines, and blocks that read like link lists or widgets
 * rather than prose. The core element and its ancestors are never removed.
 * Scripts, embeds and ad slots are left to the cleaning rules.
 */
export function removeFurniture(
  container: Element,
  index: PageIndex,
  core: Element | undefined,
): FurnitureResult {
  const removed: FurnitureRemoval[] = []
  const undo: { element: Element; children: ElementContent[] }[] = []
  const coreText = core ? (index.info.get(core)?.text ?? 0) : 0
  const prose = proseSpan(container, index)
  const protectedElements = new Set<Element>()
  for (let element = core; element; element = index.info.get(element)?.parent) {
    protectedElements.add(element)
  }
  const stack: Scope[] = [
    { element: container, inDataTable: false, inFigure: container.tagName === 'figure' },
  ]
  while (stack.length > 0) {
    const scope = stack.pop() as Scope
    const { element } = scope
    let changed = false
    const kept: ElementContent[] = []
    const sections = new Set<ElementContent>()
    const linkRuns = linkParagraphRuns(element, index)
    for (const child of element.children) {
      if (child.type === 'element' && !protectedElements.has(child)) {
        const entry = index.info.get(child)
        const reason = linkRuns.has(child)
          ? 'Unexpected paragraph that is only a link, in a run of them (a list of other articles), expected article content'
          : entry
            ? furnitureReason(entry, scope, coreText, prose)
            : isHidden(child)
              ? HIDDEN_REASON
              : undefined
        if (reason) {
          removed.push({ element: child, reason })
          // A byline or hidden element is not a section: its heading stays.
          if (reason !== BYLINE_REASON && reason !== HIDDEN_REASON) sections.add(child)
          changed = true
          continue
        }
      }
      kept.push(child)
      if (child.type === 'element' && index.info.has(child)) {
        stack.push({
          element: child,
          inDataTable: scope.inDataTable || isDataTable(child),
          inFigure: scope.inFigure || child.tagName === 'figure',
        })
      }
    }
    if (changed) {
      undo.push({ element, children: element.children })
      element.children = dropOrphanHeadings(element.children, kept, sections, removed)
    }
  }
  return { removed, undo }
}

/**
 * Headings whose section was removed: a heading followed only by removed
 * elements up to the next heading or the end ("Comments", "Related posts").
 */
function dropOrphanHeadings(
  before: readonly ElementContent[],
  kept: ElementContent[],
  sections: ReadonlySet<ElementContent>,
  removed: FurnitureRemoval[],
): ElementContent[] {
  const keptSet = new Set(kept)
  const orphans = new Set<ElementContent>()
  let heading: Element | undefined
  let removedAfterHeading = false
  for (const child of before) {
    if (child.type === 'text' && child.value.trim() === '') continue
    if (child.type === 'comment') continue
    if (!keptSet.has(child)) {
      if (heading && sections.has(child)) removedAfterHeading = true
      continue
    }
    // The article's title (h1) is never an orphan.
    const isHeading =
      child.type === 'element' && HEADING_TAGS.has(child.tagName) && child.tagName !== 'h1'
    if (heading && removedAfterHeading && isHeading) orphans.add(heading)
    heading = isHeading ? (child as Element) : undefined
    removedAfterHeading = false
  }
  if (heading && removedAfterHeading) orphans.add(heading)
  if (orphans.size === 0) return kept
  for (const orphan of orphans) {
    removed.push({
      element: orphan as Element,
      reason: 'Unexpected heading of a removed section, expected article content',
    })
  }
  return kept.filter((child) => !orphans.has(child))
}

/** An element on the way down, with what its ancestors are. */
interface Scope {
  readonly element: Element
  readonly inDataTable: boolean
  readonly inFigure: boolean
}

/** Put back what `removeFurniture` removed. */
export function undoRemoval(result: FurnitureResult): void {
  for (let i = result.undo.length - 1; i >= 0; i--) {
    const step = result.undo[i]
    if (step) step.element.children = step.children
  }
}

function furnitureReason(
  entry: ElementInfo,
  parent: Scope,
  coreText: number,
  prose: ProseSpan,
): string | undefined {
  const { element } = entry
  if (isFurnitureElement(element)) {
    return `Unexpected page furniture (<${element.tagName}>${roleText(element)}) inside the article, expected article content`
  }
  if (entry.pageFurniture && element.tagName !== 'a') {
    return `Unexpected page furniture (class or id "${entry.tokens.join(' ')}") inside the article, expected article content`
  }
  // Another article inside the article (a comment, a teaser): smaller than the core.
  if ((element.tagName === 'article' || isComment(element)) && entry.text < coreText * 0.5) {
    return 'Unexpected comment or teaser (another article inside the article), expected article content'
  }
  if (outsideProse(entry, prose) && isByline(entry))
    return 'Unexpected byline or date line, expected article content'
  if (!CONDITIONAL_TAGS.has(element.tagName) || entry.commas >= 10) return undefined
  if (entry.text === 0 || parent.inDataTable || isDataTable(element)) return undefined
  const why = widgetReason(entry, parent.inFigure)
  return why ? `Unexpected ${why}, expected article content` : undefined
}

function roleText(element: Element): string {
  const role = element.properties.role
  return typeof role === 'string' ? ` role=${role}` : ''
}

/**
 * Readability's "clean conditionally": a block with few commas whose shape
 * says widget, gallery, form or link list rather than prose.
 */
function widgetReason(entry: ElementInfo, inFigure: boolean): string | undefined {
  const isList = entry.element.tagName === 'ul' || entry.element.tagName === 'ol'
  const paragraphs = entry.paragraphs
  const images = entry.images
  const density = linkDensity(entry)
  const prose = entry.text - entry.link
  const headingDensity = entry.headingText / entry.text
  if (images > 1 && paragraphs / images < 0.5 && prose < 200 && !inFigure) {
    return 'block of images with little text (a gallery or widget)'
  }
  if (!isList && entry.listItems - 100 > paragraphs) return 'block of list items outside a list'
  if (entry.inputs > Math.floor(paragraphs / 3)) return 'form block'
  if (
    !isList &&
    headingDensity < 0.9 &&
    entry.text < 25 &&
    (images === 0 || images > 2) &&
    density > 0
  ) {
    return 'short block of links'
  }
  if (!isList && entry.weight < 25 && density > 0.2) return 'block of mostly links'
  if (entry.weight >= 25 && density > 0.5) return 'block of mostly links'
  return undefined
}

/** Least text outside links, in characters, of a paragraph that starts or ends the article's prose. */
const MIN_PROSE_PARAGRAPH = 80

/** Document-order positions of the first and last paragraphs of prose in a container. */
interface ProseSpan {
  readonly first: number
  /** Position of the last element inside the last paragraph. */
  readonly last: number
}

function proseSpan(container: Element, index: PageIndex): ProseSpan {
  const start = index.info.get(container)
  if (!start) return { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY }
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  let lastDepth = 0
  for (let i = start.order + 1; i < index.elements.length; i++) {
    const entry = index.elements[i] as ElementInfo
    if (entry.depth <= start.depth) break
    if (last !== Number.NEGATIVE_INFINITY && entry.depth > lastDepth) last = entry.order
    if (entry.unitScore > 0 && entry.ownText - entry.ownLink >= MIN_PROSE_PARAGRAPH) {
      if (first === Number.POSITIVE_INFINITY) first = entry.order
      last = entry.order
      lastDepth = entry.depth
    }
  }
  return { first, last }
}

/** Bylines and date lines are furniture above or below the prose, not inside it. */
function outsideProse(entry: ElementInfo, prose: ProseSpan): boolean {
  return entry.order < prose.first || entry.order > prose.last
}

/** Author, date and "updated" lines: short blocks marked by class, `rel=author` or `itemprop=author`. */
function isByline(entry: ElementInfo): boolean {
  if (entry.text > MAX_BYLINE_LENGTH || entry.paragraphs > 1) return false
  const { element } = entry
  if (element.tagName === 'address') return true
  const rel = element.properties.rel
  if (Array.isArray(rel) && rel.includes('author')) return true
  const itemProp = element.properties.itemProp
  if (
    Array.isArray(itemProp) &&
    itemProp.some(
      (value) => value === 'author' || value === 'datePublished' || value === 'dateModified',
    )
  )
    return true
  return hasToken(entry.tokens, BYLINE_TOKENS)
}

/** Comments marked up with schema.org types (`itemtype=…/Comment`, `UserComments`). */
function isComment(element: Element): boolean {
  const type = element.properties.itemType
  return Array.isArray(type) && type.some((value) => /Comment/i.test(String(value)))
}

function isDataTable(element: Element): boolean {
  if (element.tagName !== 'table') return false
  if (element.properties.role === 'presentation') return false
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'caption' || child.tagName === 'thead') return true
    if (child.tagName === 'tbody' || child.tagName === 'tr') {
      for (const row of child.children) {
        if (row.type !== 'element') continue
        for (const cell of row.children) {
          if (cell.type === 'element' && cell.tagName === 'th') return true
        }
      }
    }
  }
  return false
}

/**
 * Paragraphs that are nothing but a link, two or more in a row: a list of
 * links to other articles set as paragraphs ("You may also like…").
 */
function linkParagraphRuns(element: Element, index: PageIndex): Set<Element> {
  const found = new Set<Element>()
  let run: Element[] = []
  const flush = (): void => {
    if (run.length >= MIN_LINK_PARAGRAPH_RUN) for (const item of run) found.add(item)
    run = []
  }
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') flush()
      continue
    }
    if (child.type !== 'element') continue
    const entry = index.info.get(child)
    if (
      child.tagName === 'p' &&
      entry &&
      entry.text > 0 &&
      entry.images === 0 &&
      linkDensity(entry) >= 0.9
    ) {
      run.push(child)
    } else if (entry) {
      flush()
    }
  }
  flush()
  return found
}
