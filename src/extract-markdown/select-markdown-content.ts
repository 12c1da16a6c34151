import type { Root, RootContent } from 'mdast'
import type { VFile } from 'vfile'
import { MAIN_CONTENT_RULE } from '../extract/select-main-content.js'
import { previewMdast, reportRemoval } from '../messages/report-removal.js'
import { type BlockSignals, blockSignals } from './block-signals.js'
import { isEndOfArticle } from './end-of-article.js'
import { findTitleHeading } from './title-heading.js'

/** Thresholds of the Markdown main-content judgement (see README, "Markdown scrapes"). */
export interface MarkdownContentOptions {
  /** The page's title from its envelope or front matter: the heading that carries it starts the article. */
  readonly title?: string
  /** A block with more of its text in links than this is navigation, not content. */
  readonly maxContentLinkDensity: number
  /** A block of fewer words is too short to count as content on its own. */
  readonly minContentWords: number
  /** Links outside the article needed to call the input a whole page (with menus and footers). */
  readonly minPageLinks: number
}

export const DEFAULT_MARKDOWN_CONTENT_OPTIONS: MarkdownContentOptions = {
  maxContentLinkDensity: 0.5,
  minContentWords: 8,
  minPageLinks: 5,
}

/** A short line that is not a link costs this much: a byline, a date, a button label. */
const SHORT_BLOCK_COST = 10

export interface MarkdownContent {
  /** The text of the heading that carries the title, when one was found. */
  readonly titleHeading?: string
}

/**
 * Main content for a Markdown input that is a whole page (a scrape with its
 * menus, cookie text, sidebars and footers): the run of top-level blocks with
 * the most article text, weighed block by block (text counts for it, link
 * text and chrome against it), started at the title heading when there is
 * one. Every block outside is removed and reported as `main-content`, and so
 * is chrome inside (skip links, consent text, share rows, menus). An input
 * with no page around its article (few links outside it) is left alone.
 */
export function selectMarkdownContent(
  tree: Root,
  file: VFile,
  options: MarkdownContentOptions = DEFAULT_MARKDOWN_CONTENT_OPTIONS,
): MarkdownContent {
  const blocks = tree.children.map(blockSignals)
  const scores = blocks.map((block) => blockScore(block, options))
  const span = bestSpan(scores)
  if (!span) return {}
  let { start, end } = span
  const title = findTitleHeading(tree.children, options.title)
  if (title !== undefined && title <= end) start = title
  else while (start > 0 && tree.children[start - 1]?.type === 'heading') start--
  end = endOfArticle(blocks, scores, { start, end })

  if (!isWholePage(blocks, { start, end }, options)) return {}

  const removed = new Set<RootContent>()
  blocks.forEach((block, index) => {
    const inside = index >= start && index <= end
    const why = inside ? chromeInside(block) : outsideReason(block)
    if (why === undefined) return
    removed.add(block.node)
    reportRemoval(file, {
      ruleId: MAIN_CONTENT_RULE,
      reason: `Unexpected ${why} in a whole-page scrape, expected the article's main content`,
      place: block.node.position,
      preview: previewMdast(block.node),
    })
  })
  tree.children = tree.children.filter((node) => !removed.has(node))
  const heading = title === undefined ? undefined : blocks[title]
  return heading ? { titleHeading: heading.text } : {}
}

/** Share of the run's article text that must come before an end-of-article heading for it to end the run. */
const MIN_TEXT_BEFORE_END = 0.5

/**
 * The run ends before a heading that opens what follows an article (related
 * posts, comments, "more from"), once most of its text is behind.
 */
function endOfArticle(
  blocks: readonly BlockSignals[],
  scores: readonly number[],
  span: { readonly start: number; readonly end: number },
): number {
  let total = 0
  for (let index = span.start; index <= span.end; index++) total += Math.max(0, scores[index] ?? 0)
  let before = 0
  for (let index = span.start; index <= span.end; index++) {
    const block = blocks[index]
    if (block && index > span.start && before >= MIN_TEXT_BEFORE_END * total) {
      const short = block.node.type === 'heading' || block.words <= MAX_MARKER_WORDS
      if (short && isEndOfArticle(block.text)) return index - 1
    }
    before += Math.max(0, scores[index] ?? 0)
  }
  return span.end
}

/** A line of this many words or fewer can be an end-of-article marker. */
const MAX_MARKER_WORDS = 8

/**
 * A whole page has a page around its article: chrome outside it (a skip
 * link, consent or legal text), or links both before and after it, at least
 * `minPageLinks` in all. An article whose own link lists come first (or
 * last) is not a page.
 */
function isWholePage(
  blocks: readonly BlockSignals[],
  span: { readonly start: number; readonly end: number },
  options: MarkdownContentOptions,
): boolean {
  const before = blocks.slice(0, span.start)
  const after = blocks.slice(span.end + 1)
  if ([...before, ...after].some((block) => block.chrome)) return true
  const links = (part: readonly BlockSignals[]) => part.reduce((sum, block) => sum + block.links, 0)
  return (
    links(before) > 0 && links(after) > 0 && links(before) + links(after) >= options.minPageLinks
  )
}

function blockScore(block: BlockSignals, options: MarkdownContentOptions): number {
  const chars = block.text.length
  if (block.chrome) return -Math.max(chars, SHORT_BLOCK_COST)
  const type = block.node.type
  if (type === 'heading' || chars === 0) return 0
  if (block.menuEntries >= 2 && block.menuEntries * 2 >= block.entries) return -chars
  if (block.linkDensity > options.maxContentLinkDensity) return -chars
  if (block.words < options.minContentWords) return -SHORT_BLOCK_COST
  return chars - 2 * block.linkChars
}

/** The run of blocks with the highest total score (Kadane), if any scores above zero. */
function bestSpan(scores: readonly number[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number; sum: number } | undefined
  let sum = 0
  let start = 0
  scores.forEach((score, index) => {
    if (sum <= 0) {
      sum = 0
      start = index
    }
    sum += score
    if (sum > 0 && (!best || sum > best.sum)) best = { start, end: index, sum }
  })
  return best
}

function outsideReason(block: BlockSignals): string {
  if (block.chrome)
    return 'site chrome (skip link, consent, share or legal text) outside the article'
  if (block.links > 0) return `navigation (${block.links} links) outside the article`
  return 'page furniture outside the article'
}

/** Chrome that sits inside the article's run: removed only on a strong signal. */
function chromeInside(block: BlockSignals): string | undefined {
  if (block.chrome) return 'site chrome (skip link, consent, share or legal text)'
  if (block.menuEntries >= 1 && block.menuEntries === block.entries)
    return block.entries === 1
      ? 'link-only line (a button or call to action)'
      : `menu (${block.menuEntries} link-only entries)`
  return undefined
}
