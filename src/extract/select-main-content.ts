import type { Element, Root } from 'hast'
import type { VFile } from 'vfile'
import { reportRemoval, shorten } from '../messages/report-removal.js'
import { InputError } from '../read/input-error.js'
import { defineRule } from '../types/rule-definition.js'
import { unwrapContentForms } from './content-forms.js'
import { isDiscussionPage, keepReplies, threadOf } from './discussion.js'
import { articleBodyElements, crossCheckWithJsonLd } from './json-ld-check.js'
import { leadImageOutside } from './lead-image.js'
import { tidyMedia } from './media.js'
import { openNoscriptContent } from './noscript-page.js'
import {
  BLOCK_TAGS,
  type ElementInfo,
  findBody,
  indexPage,
  linkDensity,
  type PageIndex,
} from './page-index.js'
import { jsonLdArticleBody, type PageHead, readPageHead } from './page-metadata.js'
import { removeFurniture, undoRemoval } from './remove-furniture.js'
import { resolveLazyImages } from './resolve-lazy-images.js'
import { scoreCandidates } from './score-candidates.js'
import { textContent } from './text-content.js'

/** Least text, in characters, for an explicit container (`itemprop=articleBody`) to be taken as the article. */
export const MIN_MAIN_CONTENT_LENGTH = 200

/** Below this much text, scoring is tried again without skipping unlikely elements. */
const MIN_ARTICLE_LENGTH = 250

export interface MainContent {
  /** The elements that make up the article, in document order. */
  readonly nodes: readonly Element[]
  /** The best-scoring element: furniture removal never takes it or an ancestor of it. */
  readonly core: Element | undefined
}

export interface SelectOptions {
  /** The page's head, if already read (see `readPageHead`). */
  readonly head?: PageHead
  /** When given, every element removed inside the article container is reported on it. */
  readonly file?: VFile
}

/** Rule id of the removals inside the article container. */
export const MAIN_CONTENT_RULE = 'main-content'

export const mainContentRule = defineRule({
  id: MAIN_CONTENT_RULE,
  stage: 'extract',
  description:
    'In an HTML page, everything outside the article\'s container, and page furniture inside it (hidden elements, navigation, bylines, comment sections, link and image blocks); in a Markdown input that is a whole page (a scrape with its menus and footers: links outside the article), every block outside the run with the most article text, and chrome inside it (skip links, cookie and consent text, share rows, menus, link-only lines); see "Markdown scrapes". Turned off, the whole page body is the article and only the other rules clean it.',
})

/**
 * Choose the part of an HTML page that holds the article and remove the page
 * furniture inside it; scripts, embeds and ads are left to the cleaning rules.
 * The page tree is changed in place. Falls back to the JSON-LD `articleBody`
 * when the HTML holds no article text, and throws an `InputError` when there
 * is none at all.
 */
export function selectMainContent(tree: Root, options: SelectOptions = {}): Root {
  const head = options.head ?? readPageHead(tree)
  const articleBody = jsonLdArticleBody(head)
  const body = findBody(tree)
  let nodes: Element[] = []
  if (body) {
    openNoscriptContent(body)
    resolveLazyImages(body)
    const index = indexPage(body)
    const discussion = isDiscussionPage(head, index)
    let main = findMainContent(index, discussion)
    const better = articleBody ? crossCheckWithJsonLd(main.nodes, articleBody, index) : undefined
    if (better) main = { nodes: [better], core: better }
    nodes = [...main.nodes]
    const lead = leadImageOutside(nodes, index, head)
    if (lead) nodes = lead.before ? [lead.element, ...nodes] : [...nodes, lead.element]
    const results = nodes.map((node) => {
      const result = removeFurniture(node, index, main.core)
      return discussion ? keepReplies(result, index) : result
    })
    if (hasContent(nodes)) {
      if (options.file) for (const result of results) report(result.removed, options.file)
    } else {
      // Furniture rules that would leave nothing are wrong for this page: keep it all.
      for (const result of results) undoRemoval(result)
    }
    unwrapContentForms(nodes, index)
    const media = nodes.flatMap((node) => tidyMedia(node, index))
    if (options.file) report(media, options.file)
  }
  if (!hasContent(nodes)) {
    if (articleBody) nodes = articleBodyElements(articleBody)
    else {
      throw new InputError(
        body
          ? 'no article found in the HTML page: it has no text outside scripts, styles and hidden elements'
          : 'no article found in the HTML page: it has no body',
        { status: 'skipped' },
      )
    }
  }
  return { type: 'root', children: nodes }
}

function report(
  removed: readonly { readonly element: Element; readonly reason: string }[],
  file: VFile,
): void {
  for (const { element, reason } of removed) {
    const text = textContent(element)
    reportRemoval(file, {
      ruleId: MAIN_CONTENT_RULE,
      reason,
      place: element.position,
      preview: text === '' ? `<${element.tagName}>` : shorten(text),
    })
  }
}

/** True when the elements hold some text or an image. */
function hasContent(nodes: readonly Element[]): boolean {
  const stack: Element[] = [...nodes]
  while (stack.length > 0) {
    const node = stack.pop() as Element
    if (node.tagName === 'img') return true
    for (const child of node.children) {
      if (child.type === 'text' && child.value.trim() !== '') return true
      if (child.type === 'element') stack.push(child)
    }
  }
  return false
}

/** `discussion`: the page is a thread (see `isDiscussionPage`), whose replies are content. */
export function findMainContent(index: PageIndex, discussion = false): MainContent {
  const body = index.body
  if (!body) return { nodes: [], core: undefined }
  const explicit = explicitArticleBody(index)
  if (explicit.length > 0) return { nodes: explicit, core: explicit[0] }

  const scope = explicitScope(index)
  let found = topCandidate(index, true, scope)
  if (!found || found.top.text < MIN_ARTICLE_LENGTH)
    found = topCandidate(index, false, scope) ?? found
  if (!found) return { nodes: [body], core: undefined }
  // A thread: the question and its replies, wherever the explicit container ends.
  const thread = discussion ? threadOf(found.top.element, index) : undefined
  if (thread) return { nodes: [thread], core: found.core.element }
  if (scope && found.top === scope) return { nodes: [scope.element], core: found.core.element }
  const top = widenSplitBody(found.top, index, scope)
  if (scope && top === scope) return { nodes: [scope.element], core: found.core.element }
  return { nodes: joinSiblings(top, index), core: found.core.element }
}

/** Least share of the page's (or the explicit container's) prose the top candidate must hold. */
export const MIN_TOP_SHARE = 0.4

/** Share of the prose an ancestor must hold to be taken instead of a small top candidate. */
export const SPLIT_BODY_SHARE = 0.6

/** Most link density of an ancestor taken instead of the top candidate. */
export const MAX_SPLIT_BODY_LINK_DENSITY = 0.3

/**
 * A body split across sibling containers (sections, tab panels, one block per
 * heading): when the top candidate holds a small share of the prose, take the
 * nearest ancestor that holds most of it, as long as that ancestor reads like
 * prose (few links) and is not page furniture.
 */
function widenSplitBody(
  top: ElementInfo,
  index: PageIndex,
  scope: ElementInfo | undefined,
): ElementInfo {
  const whole = scope ?? (index.body ? index.info.get(index.body) : undefined)
  if (!whole || top.contentScore >= whole.contentScore * MIN_TOP_SHARE) return top
  for (let up = top.parent ? index.info.get(top.parent) : undefined; up; ) {
    if (up.element === index.body || up.furniture) break
    if (linkDensity(up) > MAX_SPLIT_BODY_LINK_DENSITY) break
    if (up.contentScore >= whole.contentScore * SPLIT_BODY_SHARE) return up
    if (up === whole) break
    up = up.parent ? index.info.get(up.parent) : undefined
  }
  return top
}

/** Least share of the page's paragraph score an explicit container must hold to limit the search. */
const MIN_SCOPE_SHARE = 0.5

function isExplicitContainer(entry: ElementInfo): boolean {
  const { element } = entry
  if (element.tagName === 'main') return true
  if (element.tagName === 'article') return !entry.furniture
  const role = element.properties.role
  return typeof role === 'string' && role.trim().toLowerCase() === 'main'
}

/**
 * The innermost `<article>`, `<main>` or `role=main` element that holds most of
 * the page's prose: the search for the article is limited to it.
 */
function explicitScope(index: PageIndex): ElementInfo | undefined {
  const body = index.body ? index.info.get(index.body) : undefined
  if (!body || body.contentScore === 0) return undefined
  let best: ElementInfo | undefined
  for (const entry of index.elements) {
    if (!isExplicitContainer(entry)) continue
    if (entry.contentScore < body.contentScore * MIN_SCOPE_SHARE) continue
    if (!best || entry.depth > best.depth) best = entry
  }
  return best
}

function isArticleBody(element: Element): boolean {
  const value = element.properties.itemProp
  return Array.isArray(value) && value.some((item) => String(item).toLowerCase() === 'articlebody')
}

/** `[itemprop=articleBody]` elements not inside one another, when they hold enough text. */
function explicitArticleBody(index: PageIndex): Element[] {
  const found: ElementInfo[] = []
  let end = -1
  let total = 0
  for (const entry of index.elements) {
    if (entry.order <= end) continue
    if (isArticleBody(entry.element)) {
      found.push(entry)
      end = subtreeEnd(entry, index)
      total += entry.text - entry.link
    }
  }
  return total >= MIN_MAIN_CONTENT_LENGTH ? found.map((entry) => entry.element) : []
}

/** The document-order position of the last element inside `entry` (elements are in document order). */
function subtreeEnd(entry: ElementInfo, index: PageIndex): number {
  let end = entry.order
  while (end + 1 < index.elements.length && (index.elements[end + 1]?.depth ?? 0) > entry.depth) {
    end++
  }
  return end
}

/** Least non-link text for a candidate to be the top one (when any candidate has this much). */
const MIN_CANDIDATE_TEXT = 140

function topCandidate(
  index: PageIndex,
  skipUnlikely: boolean,
  scope: ElementInfo | undefined,
): { top: ElementInfo; core: ElementInfo } | undefined {
  const boundary = scope && scope.element !== index.body && scope.parent ? scope.parent : index.body
  const end = scope ? subtreeEnd(scope, index) : Number.POSITIVE_INFINITY
  const scored = scoreCandidates(index, { skipUnlikely }).filter(
    (entry) => !scope || (entry.order >= scope.order && entry.order <= end),
  )
  const large = scored.filter((entry) => entry.text - entry.link >= MIN_CANDIDATE_TEXT)
  const candidates = large.length > 0 ? large : scored
  const core = candidates[0]
  if (!core) return undefined
  let top = core
  const parentOf = (entry: ElementInfo): ElementInfo | undefined =>
    entry.parent ? index.info.get(entry.parent) : undefined

  // Several close runners-up under one ancestor: the article is split, take the ancestor.
  const alternatives = candidates
    .slice(1, 5)
    .filter((candidate) => candidate.score >= core.score * 0.75)
  if (alternatives.length >= 3) {
    const ancestorSets = alternatives.map((candidate) => {
      const set = new Set<Element>()
      for (let entry = parentOf(candidate); entry; entry = parentOf(entry)) set.add(entry.element)
      return set
    })
    for (let entry = parentOf(top); entry && entry.element !== boundary; entry = parentOf(entry)) {
      const containing = ancestorSets.filter((set) => set.has(entry.element)).length
      if (containing >= 3) {
        top = entry
        break
      }
    }
  }

  // Climb while a parent scores higher: more of the article may lie beside the top candidate.
  let lastScore = top.score
  const threshold = lastScore / 3
  for (let entry = parentOf(top); entry && entry.element !== boundary; entry = parentOf(entry)) {
    if (!entry.scored) continue
    if (entry.score < threshold) break
    if (entry.score > lastScore) {
      top = entry
      break
    }
    lastScore = entry.score
  }

  // An only child: use the parent, so that siblings of the parent can be joined.
  for (
    let parent = parentOf(top);
    parent && parent.element !== boundary;
    parent = parentOf(parent)
  ) {
    if (elementChildCount(parent.element) !== 1) break
    top = parent
  }
  return { top, core }
}

function elementChildCount(element: Element): number {
  let count = 0
  for (const child of element.children) if (child.type === 'element') count++
  return count
}

/** Readability's sibling joining: siblings that score well or read like paragraphs join the article. */
function joinSiblings(top: ElementInfo, index: PageIndex): Element[] {
  const parent = top.parent ? index.info.get(top.parent) : undefined
  if (!parent) return [top.element]
  const threshold = Math.max(10, top.score * 0.2)
  const contentThreshold = Math.max(10, top.contentScore * (1 - linkDensity(top)) * 0.2)
  const topClass = classKey(top.element)
  const nodes: Element[] = []
  for (const child of parent.element.children) {
    if (child.type !== 'element') continue
    if (child === top.element) {
      nodes.push(child)
      continue
    }
    const sibling = index.info.get(child)
    if (!sibling) continue
    const bonus = topClass !== '' && classKey(child) === topClass ? top.score * 0.2 : 0
    // A sibling article is another article (a comment, a teaser), never part of this one.
    if (sibling.furniture || child.tagName === 'article') continue
    if (sibling.scored && sibling.score + bonus >= threshold) {
      nodes.push(child)
    } else if (
      sibling.hasBlockChild &&
      sibling.weight >= 0 &&
      sibling.contentScore * (1 - linkDensity(sibling)) >= contentThreshold
    ) {
      nodes.push(child)
    } else if (child.tagName === 'p' || (!sibling.hasBlockChild && BLOCK_TAGS.has(child.tagName))) {
      const density = linkDensity(sibling)
      if (sibling.text > 80 && density < 0.25) nodes.push(child)
      else if (
        sibling.text > 0 &&
        sibling.text <= 80 &&
        density === 0 &&
        /\.(\s|$)/.test(textContent(child))
      )
        nodes.push(child)
    }
  }
  return nodes
}

function classKey(element: Element): string {
  const value = element.properties.className
  return Array.isArray(value) ? value.join(' ') : ''
}
