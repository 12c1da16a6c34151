import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Root as MdastRoot } from 'mdast'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { cleanHast } from '../../src/clean/clean-hast.js'
import { extractArticle } from '../../src/extract/extract-article.js'
import { buildRecord } from '../../src/structure/build-record.js'
import { hastToMdast } from '../../src/structure/hast-to-mdast.js'

export interface WinnowResult {
  /** The record text winnow outputs (extract, clean, sanitize, mdast, record), title left out. */
  readonly text: string
  /** The text of the extracted tree, before cleaning. */
  readonly extractOnly: string
  /** The URLs of the images in the output, in order. */
  readonly images: readonly string[]
  readonly parseMs: number
  readonly extractMs: number
  readonly cleanMs: number
  /** Why the page gave no article, when it did not. */
  readonly error?: string
}

/** One page through winnow's HTML path as the pipeline runs it, timed by stage. */
export function runWinnow(html: string, id: string): WinnowResult {
  const t0 = performance.now()
  const tree = fromHtml(html)
  const t1 = performance.now()
  let extracted: ReturnType<typeof extractArticle>
  try {
    extracted = extractArticle(tree)
  } catch (error) {
    const t2 = performance.now()
    return {
      text: '',
      extractOnly: '',
      images: [],
      parseMs: t1 - t0,
      extractMs: t2 - t1,
      cleanMs: 0,
      error: error instanceof Error ? error.message : String(error),
    }
  }
  const t2 = performance.now()
  // The text of the extracted tree is taken before cleaning, which changes the tree (not timed).
  const extractOnly = toText(extracted.content)
  const t3 = performance.now()
  const canonical = extracted.metadata.canonical
  const pageUrl =
    typeof canonical === 'string' && /^https?:\/\//i.test(canonical) ? canonical : undefined
  const clean = cleanHast(extracted.content, new VFile(), { pageUrl })
  const mdast = hastToMdast(clean)
  // The record drops a leading title heading, as the pipeline does; its text is the prediction.
  const record = buildRecord(mdast, { metadata: extracted.metadata, fallbackTitle: id })
  const t4 = performance.now()
  return {
    text: record.text,
    extractOnly,
    images: imageUrls(mdast),
    parseMs: t1 - t0,
    extractMs: t2 - t1,
    cleanMs: t4 - t3,
  }
}

function imageUrls(tree: MdastRoot): string[] {
  const urls: string[] = []
  visit(tree, 'image', (node) => {
    urls.push(node.url)
  })
  return urls
}
