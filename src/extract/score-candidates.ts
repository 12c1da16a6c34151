import type { Element } from 'hast'
import { type ElementInfo, linkDensity, type PageIndex } from './page-index.js'

/** How many ancestors of a paragraph share its score (Readability: 5). */
const SCORE_LEVELS = 5

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5,
  article: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
}

/** Roles and tags whose text never scores: navigation, sidebars, page footers, dialogs. */
const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'menu',
  'menubar',
  'search',
  'alert',
  'alertdialog',
  'dialog',
  'banner',
])
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer'])

export function isFurnitureElement(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName)) return true
  const role = element.properties.role
  return typeof role === 'string' && FURNITURE_ROLES.has(role.trim().toLowerCase())
}

/** Page furniture by class or id alone: a negative hint and no positive one. */
export function isUnlikely(entry: ElementInfo): boolean {
  if (!entry.furniture) return false
  const tag = entry.element.tagName
  return tag !== 'body' && tag !== 'a' && tag !== 'article' && tag !== 'main'
}

export interface ScoreOptions {
  /** Skip paragraphs inside furniture and unlikely elements (Readability's first attempt). */
  readonly skipUnlikely: boolean
}

/**
 * Readability's content score: each paragraph scores 1 + its commas + one
 * point per 100 characters (at most 3), shared with its parent, half to the
 * grandparent and less further up; candidates start from a tag base and their
 * class weight, and end scaled by (1 - link density).
 */
export function scoreCandidates(index: PageIndex, options: ScoreOptions): ElementInfo[] {
  const excluded = new Set<Element>()
  if (options.skipUnlikely) {
    for (const entry of index.elements) {
      const parent = entry.parent
      if (
        (parent && excluded.has(parent)) ||
        isFurnitureElement(entry.element) ||
        isUnlikely(entry)
      ) {
        excluded.add(entry.element)
      }
    }
  }
  const candidates: ElementInfo[] = []
  const initialize = (entry: ElementInfo): void => {
    entry.scored = true
    entry.score = (TAG_BASE[entry.element.tagName] ?? 0) + entry.weight
    candidates.push(entry)
  }
  for (const entry of index.elements) {
    if (entry.scored) {
      entry.scored = false
      entry.score = 0
    }
  }
  for (const entry of index.elements) {
    const score = entry.unitScore
    if (score === 0 || excluded.has(entry.element)) continue
    // A pure paragraph scores for its parent; a block mixing text and blocks for itself.
    let target: ElementInfo | undefined = entry.hasBlockChild
      ? entry
      : entry.parent
        ? index.info.get(entry.parent)
        : undefined
    for (let level = 0; level < SCORE_LEVELS && target; level++) {
      if (!target.scored) initialize(target)
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      target.score += score / divider
      target = target.parent ? index.info.get(target.parent) : undefined
    }
  }
  for (const candidate of candidates) candidate.score *= 1 - linkDensity(candidate)
  candidates.sort((a, b) => b.score - a.score || a.order - b.order)
  return candidates
}
