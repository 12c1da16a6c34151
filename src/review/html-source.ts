import type { Element, Root } from 'hast'
import { VFile } from 'vfile'
import { extractArticle } from '../extract/extract-article.js'
import type { ResolvedOptions } from '../options.js'
import { htmlToHast } from '../parse/html-to-hast.js'
import { flattenDeepNesting } from '../read/flatten-deep-nesting.js'
import { splitFrontMatter } from '../read/front-matter.js'

/** Start and end offsets (end exclusive) in the text the page was parsed from. */
export interface OffsetRange {
  readonly start: number
  readonly end: number
}

/** An HTML source as the pipeline parses it, and the parts extraction kept. */
export interface HtmlSource {
  /** The text the positions of every removal refer to (front matter off, deep nesting flattened). */
  readonly body: string
  /** The page as parsed, untouched by extraction or cleaning. */
  readonly page: Root
  /**
   * Where the elements extraction chose as the article lie: empty when it took
   * no element of the page (the JSON-LD `articleBody`), undefined when it
   * found no article.
   */
  readonly containers: readonly OffsetRange[] | undefined
  /** The page's own address (canonical link or og:url), for relative image addresses. */
  readonly baseUrl?: string
}

/**
 * Parse an HTML source again, as `cleanText` does, and run extraction on a
 * second copy to learn which elements it kept. Returns undefined when the
 * text cannot be split as the pipeline splits it.
 */
export function readHtmlSource(
  text: string,
  options: Pick<ResolvedOptions, 'frontMatterLimits'>,
): HtmlSource | undefined {
  let split: ReturnType<typeof splitFrontMatter>
  try {
    split = splitFrontMatter(text, options.frontMatterLimits)
  } catch {
    return undefined
  }
  const body = flattenDeepNesting(split.body, new VFile(), 'html')
  const page = htmlToHast(body)
  let extracted: ReturnType<typeof extractArticle> | undefined
  try {
    extracted = extractArticle(htmlToHast(body))
  } catch {
    // No article: the page was skipped, and the review says so in its notes.
    extracted = undefined
  }
  const canonical = extracted?.metadata.canonical
  return {
    body,
    page,
    containers: extracted ? containerRanges(extracted.content) : undefined,
    ...(typeof canonical === 'string' ? { baseUrl: canonical } : {}),
  }
}

function containerRanges(kept: Root): OffsetRange[] {
  return kept.children.flatMap((node) => {
    const range = node.type === 'element' ? offsetRange(node) : undefined
    return range ? [range] : []
  })
}

/** An element's place as offsets, when the parser recorded one. */
export function offsetRange(node: {
  readonly position?: Element['position']
}): OffsetRange | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}
