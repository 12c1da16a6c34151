import type { ExplainedRemoval } from '../explain/explain-file.js'
import type { ResolvedOptions } from '../options.js'
import type { ProcessedFile } from '../process-file.js'
import { elisionsOf } from './elide-source.js'
import { extractionLosses } from './extraction-losses.js'
import {
  type Elision,
  findLineStarts,
  type PlacedRemoval,
  removalRanges,
} from './highlight-source.js'
import { readHtmlSource } from './html-source.js'
import { type ReadingView, renderReadingView } from './reading-view.js'
import type { ReviewRemoval } from './review-model.js'

export interface MarkedSource {
  readonly removals: readonly ReviewRemoval[]
  readonly placed: readonly PlacedRemoval[]
  readonly reading?: ReadingView
  /** Long scripts and styles that the raw view leaves out. */
  readonly elisions: readonly Elision[]
  /** Parts dropped outside the article container (added to `removals`). */
  readonly losses: number
}

/**
 * Number the removals in document order and place them; an HTML source also
 * gets what extraction dropped outside the article, and its reading view.
 */
export function markSource(
  text: string,
  explained: readonly ExplainedRemoval[],
  processed: ProcessedFile,
  options: ResolvedOptions,
): MarkedSource {
  const html = processed.format === 'html' ? readHtmlSource(text, options) : undefined
  const found: ExplainedRemoval[] = [...explained]
  let losses = 0
  if (html) {
    const starts = findLineStarts(html.body)
    for (const loss of extractionLosses(html.page, html.containers)) {
      found.push({
        ...loss,
        ...lineColumn(starts, loss.start, 'start'),
        ...lineColumn(starts, loss.end, 'end'),
      })
      losses++
    }
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  }
  const placed: PlacedRemoval[] = []
  const removals: ReviewRemoval[] = found.map((removal, id) => {
    if (removal.line !== undefined && removal.column !== undefined)
      placed.push({
        id,
        ruleId: removal.ruleId,
        reason: removal.reason,
        line: removal.line,
        column: removal.column,
        ...(removal.endLine === undefined ? {} : { endLine: removal.endLine }),
        ...(removal.endColumn === undefined ? {} : { endColumn: removal.endColumn }),
      })
    return {
      id,
      ruleId: removal.ruleId,
      reason: removal.reason,
      ...(removal.line === undefined ? {} : { line: removal.line }),
      ...(removal.column === undefined ? {} : { column: removal.column }),
      preview: removal.preview,
    }
  })
  if (!html) return { removals, placed, losses, elisions: [] }
  const reading = renderReadingView(html.page, html.body, placed, {
    ...(html.baseUrl === undefined ? {} : { baseUrl: html.baseUrl }),
  })
  // The page was parsed from the text after its front matter; when deep nesting was
  // flattened, the parsed text is not the source's and nothing is left out.
  const elisions = text.endsWith(html.body)
    ? elisionsOf(html.page, text.length - html.body.length, removalRanges(text, placed))
    : []
  return { removals, placed, reading, losses, elisions }
}

/** A 1-based line and column for an offset, as `line`/`column` or `endLine`/`endColumn`. */
function lineColumn(starts: readonly number[], offset: number, which: 'start' | 'end') {
  let line = 0
  while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= offset) line++
  const column = offset - (starts[line] ?? 0) + 1
  return which === 'start' ? { line: line + 1, column } : { endLine: line + 1, endColumn: column }
}
