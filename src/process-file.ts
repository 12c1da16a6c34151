import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { VFile } from 'vfile'
import { cleanHast } from './clean/clean-hast.js'
import { MARKER_BLOCK_RULE, removeMarkerBlocksMdast } from './clean/remove-marker-blocks-mdast.js'
import { extractArticle } from './extract/extract-article.js'
import { readPageHead } from './extract/page-metadata.js'
import { readPublishMetadata } from './extract/publish-metadata.js'
import { MAIN_CONTENT_RULE } from './extract/select-main-content.js'
import { wholePage } from './extract/whole-page.js'
import {
  DEFAULT_MARKDOWN_CONTENT_OPTIONS,
  type MarkdownContentOptions,
  selectMarkdownContent,
} from './extract-markdown/select-markdown-content.js'
import type { ResolvedOptions } from './options.js'
import { htmlToHast } from './parse/html-to-hast.js'
import { markdownToMdast } from './parse/markdown-to-mdast.js'
import { mdastToHast } from './parse/mdast-to-hast.js'
import { decodeInput } from './read/decode-input.js'
import {
  DEEP_NESTING_RULE,
  flattenDeepNesting,
  limitMarkdownInlineSyntax,
} from './read/flatten-deep-nesting.js'
import { splitFrontMatter } from './read/front-matter.js'
import { InputError } from './read/input-error.js'
import { readInput } from './read/read-input.js'
import { readScraperEnvelope } from './read/scraper-envelope.js'
import { sniffFormat } from './read/sniff-format.js'
import { buildRecord } from './structure/build-record.js'
import { cleanTitle } from './structure/clean-title.js'
import { hastToMdast } from './structure/hast-to-mdast.js'
import { repairText } from './structure/repair-text.js'
import { resolveUrls } from './structure/resolve-urls.js'
import { shapeTables } from './structure/shape-tables.js'
import type { ArticleRecord, FrontMatter, InputFormat, InputStatus } from './types.js'
import { withPlainTextFields } from './write/plain-text-fields.js'

/** What one input becomes: a record, or a reason it has none. Messages hold every removal. */
export interface ProcessedFile {
  readonly path: string
  readonly status: InputStatus
  readonly reason?: string
  readonly format?: InputFormat
  readonly sha256?: string
  readonly record?: ArticleRecord
  readonly file: VFile
}

/**
 * The per-file stages, in order:
 * read → decode → front matter → sniff → parse → clean → structure.
 */
export async function processFile(
  relativePath: string,
  options: ResolvedOptions,
): Promise<ProcessedFile> {
  const file = new VFile({ path: relativePath, cwd: options.cwd })
  let sha256: string | undefined
  try {
    const bytes = await readInput(path.resolve(options.cwd, relativePath), options)
    sha256 = createHash('sha256').update(bytes).digest('hex')
    const text = decodeInput(bytes, options)
    file.value = text
    const { format, metadata, mdast } = cleanText(text, file, options)
    const fallbackTitle = path.posix.basename(relativePath).replace(/\.[^.]*$/, '')
    const record = withPlainTextFields(buildRecord(mdast, { metadata, fallbackTitle }), {
      fallbackTitle,
    })
    if (record.text.trim() === '') {
      throw new InputError('no article text left after cleaning', { status: 'skipped' })
    }
    return { path: relativePath, status: 'ok', format, sha256, record, file }
  } catch (error) {
    const status = error instanceof InputError ? error.status : 'error'
    const reason = describeError(error)
    file.message(reason, {
      ruleId: status === 'skipped' ? 'skipped-input' : 'input-error',
      source: 'winnow',
    })
    // A skip is decided by the content alone: its hash lets the cache keep it.
    const hash = status === 'skipped' && sha256 !== undefined ? { sha256 } : {}
    return { path: relativePath, status, reason, ...hash, file }
  }
}

export interface CleanedText {
  readonly format: InputFormat
  /** Front matter (Markdown) or page metadata (HTML). */
  readonly metadata: FrontMatter
  /** The cleaned, sanitized article as mdast. */
  readonly mdast: MdastRoot
}

/**
 * Clean one decoded input: front matter → scraper envelope → sniff → parse →
 * main content → clean → sanitize. Markdown's comment-marked ad blocks are
 * removed on the Markdown blocks, before any raw HTML is parsed.
 */
export function cleanText(
  text: string,
  file: VFile,
  options: Pick<ResolvedOptions, 'frontMatterLimits' | 'policy'>,
): CleanedText {
  const split = splitFrontMatter(text, options.frontMatterLimits)
  const envelope = readScraperEnvelope(split.body, split.data, split)
  const format = sniffFormat(envelope.body, { hasFrontMatter: split.hasFrontMatter })
  const { disabled } = options.policy
  const body = disabled.has(DEEP_NESTING_RULE)
    ? envelope.body
    : flattenDeepNesting(envelope.body, file, format === 'html' ? 'html' : 'markdown')
  let metadata = envelope.metadata
  let hast: HastRoot
  if (format === 'markdown') {
    const limited = disabled.has(DEEP_NESTING_RULE)
      ? { text: body, literals: [] }
      : limitMarkdownInlineSyntax(body, file)
    const mdast = markdownToMdast(limited.text, limited.literals)
    if (!disabled.has(MARKER_BLOCK_RULE)) removeMarkerBlocksMdast(mdast, file, options.policy)
    if (!disabled.has(MAIN_CONTENT_RULE) && !isCleanedArticle(metadata)) {
      const { titleHeading } = selectMarkdownContent(mdast, file, titleOf(metadata))
      if (titleHeading !== undefined) metadata = { ...metadata, title: titleHeading }
    }
    hast = mdastToHast(mdast)
  } else {
    const page = htmlToHast(body)
    // Site name, <base href>, lang, headings: read before extraction changes the page.
    const publish = readPublishMetadata(page, readPageHead(page))
    ;({ content: hast, metadata } = disabled.has(MAIN_CONTENT_RULE)
      ? wholePage(page)
      : extractArticle(page, file))
    metadata = { ...publish, ...metadata }
  }
  shapeTables(hast, file, { disabled: options.policy.disabled })
  const clean = cleanHast(hast, file, { policy: options.policy, pageUrl: pageUrlOf(metadata) })
  metadata = cleanTitle(metadata, file, { disabled: options.policy.disabled })
  resolveUrls(clean, file, metadata, { disabled: options.policy.disabled })
  const mdast = hastToMdast(clean)
  repairText(mdast, file, { disabled: options.policy.disabled, lang: langOf(metadata) })
  return { format, metadata, mdast }
}

/** The article's language from its metadata (`<html lang>`, front matter, the envelope). */
function langOf(metadata: FrontMatter): string | undefined {
  const value = metadata.lang ?? metadata.language
  return typeof value === 'string' ? value : undefined
}

/** The main-content options for a Markdown input: the defaults, with its title. */
/**
 * Whether the input is an article winnow wrote (its front matter lists the
 * `sources` it was cleaned from): its page was taken away when it was
 * cleaned, so the whole-page judgement, which weighs blocks against their
 * page, does not run on it again. Cleaning winnow's own output then keeps it
 * as it is.
 */
function isCleanedArticle(metadata: FrontMatter): boolean {
  const sources = metadata.sources
  return Array.isArray(sources) && sources.length > 0 && sources.every((s) => typeof s === 'string')
}

function titleOf(metadata: FrontMatter): MarkdownContentOptions {
  const title = metadata.title
  return typeof title === 'string'
    ? { ...DEFAULT_MARKDOWN_CONTENT_OPTIONS, title }
    : DEFAULT_MARKDOWN_CONTENT_OPTIONS
}

/** The page's own URL from its metadata, for site-specific filter-list rules. */
function pageUrlOf(metadata: FrontMatter): string | undefined {
  for (const key of ['canonical', 'url', 'source', 'link']) {
    const value = metadata[key]
    if (typeof value === 'string' && /^https?:\/\//i.test(value)) return value
  }
  return undefined
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String(error.code)
    if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied'
    if (code === 'ENOENT') return 'the file disappeared before it could be read'
    if (code === 'EISDIR') return 'is a folder, not a file'
    if (code === 'ELOOP') return 'symbolic link loop'
  }
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return `too deeply nested to process: ${error.message}`
  return `could not process the file: ${error instanceof Error ? error.message : String(error)}`
}
