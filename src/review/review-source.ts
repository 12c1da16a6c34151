import { stat } from 'node:fs/promises'
import path from 'node:path'
import { REPEATED_BOILERPLATE_RULE } from '../canonical/repeated-boilerplate.js'
import { type ExplainedRemoval, explainFile } from '../explain/explain-file.js'
import type { ResolvedOptions } from '../options.js'
import { type ProcessedFile, processFile } from '../process-file.js'
import { elisionsOf } from './elide-source.js'
import { extractionLosses } from './extraction-losses.js'
import {
  type Elision,
  findLineStarts,
  highlightSource,
  type PlacedRemoval,
  removalRanges,
} from './highlight-source.js'
import { readHtmlSource } from './html-source.js'
import { type ReadingView, renderReadingView } from './reading-view.js'
import { removedShareOfText } from './removed-share.js'
import type { ReviewRemoval, ReviewSource } from './review-model.js'

/** What the run recorded about one member of a group. */
export interface RecordedSource {
  readonly path: string
  readonly title?: string
  readonly similarity?: number
  readonly sha256?: string
  readonly canonical: boolean
  /** report.json's removal counts for this input. */
  readonly removed?: Readonly<Record<string, number>>
}

/**
 * Clean one source again, as `winnow explain` does, and show its text with the
 * removed ranges marked. A source that is gone or unreadable gets a note instead.
 */
export async function reviewSource(
  recorded: RecordedSource,
  options: ResolvedOptions,
): Promise<ReviewSource> {
  const base = {
    path: recorded.path,
    ...(recorded.title === undefined ? {} : { title: recorded.title }),
    ...(recorded.similarity === undefined ? {} : { similarity: recorded.similarity }),
    canonical: recorded.canonical,
  }
  const absolute = path.resolve(options.cwd, recorded.path)
  const stats = await stat(absolute).catch(() => undefined)
  if (!stats) {
    return {
      ...base,
      status: 'missing',
      notes: [
        `Source file not found at review time: ${absolute}. It was moved or deleted after the run, or winnow review runs from another folder than winnow clean did (see --root).`,
      ],
      counts: {},
      removals: [],
    }
  }
  const processed = await processFile(recorded.path, options)
  const text = typeof processed.file.value === 'string' ? processed.file.value : undefined
  if (text === undefined) {
    return {
      ...base,
      status: 'unreadable',
      notes: [`Source could not be read at review time: ${processed.reason ?? 'unknown reason'}.`],
      counts: {},
      removals: [],
    }
  }
  const explained = explainFile(processed).removals
  const marked = markSource(text, explained, processed, options)
  const counts: Record<string, number> = {}
  for (const removal of marked.removals) counts[removal.ruleId] = (counts[removal.ruleId] ?? 0) + 1

  const notes: string[] = []
  const changed = recorded.sha256 !== undefined && processed.sha256 !== recorded.sha256
  if (changed)
    notes.push(
      'Changed since the run (its sha256 differs from the group file): the highlights show what winnow removes from the file as it is now.',
    )
  if (processed.status !== 'ok')
    notes.push(
      `winnow now ${processed.status === 'skipped' ? 'skips' : 'fails on'} this file: ${processed.reason ?? ''}.`,
    )
  if (marked.losses > 0)
    notes.push(
      `${marked.losses} part${marked.losses === 1 ? ' lies' : 's lie'} outside the article container that extraction chose; they are marked main-content, though report.json does not count them.`,
    )
  notes.push(...countNotes(recorded.removed ?? {}, ruleCounts(explained)))
  return {
    ...base,
    status: changed ? 'changed' : 'ok',
    notes,
    counts,
    removals: marked.removals,
    html: highlightSource(text, marked.placed, marked.elisions),
    ...(marked.reading === undefined
      ? {}
      : {
          reading: marked.reading.html,
          unshown: marked.removals.length - marked.reading.shown.size,
        }),
    removedShare: marked.reading?.removedShare ?? removedShareOfText(text, marked.placed),
  }
}

interface MarkedSource {
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
function markSource(
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

function ruleCounts(removals: readonly ExplainedRemoval[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const removal of removals) counts[removal.ruleId] = (counts[removal.ruleId] ?? 0) + 1
  return counts
}

/** Say where report.json's counts differ from this re-run's. */
function countNotes(
  recorded: Readonly<Record<string, number>>,
  now: Readonly<Record<string, number>>,
): string[] {
  const notes: string[] = []
  const boilerplate = recorded[REPEATED_BOILERPLATE_RULE] ?? 0
  if (boilerplate > 0)
    notes.push(
      `${boilerplate} ${REPEATED_BOILERPLATE_RULE} removal${boilerplate === 1 ? ' is' : 's are'} decided across the whole run (paragraphs repeated in 3+ groups) and not highlighted here.`,
    )
  const differences = [...new Set([...Object.keys(recorded), ...Object.keys(now)])]
    .filter(
      (rule) => rule !== REPEATED_BOILERPLATE_RULE && (recorded[rule] ?? 0) !== (now[rule] ?? 0),
    )
    .sort()
    .map((rule) => `${rule} ${recorded[rule] ?? 0} → ${now[rule] ?? 0}`)
  if (differences.length > 0)
    notes.push(
      `Removals differ from report.json (${differences.join(', ')}): the file, the rules or the configuration changed since the run.`,
    )
  return notes
}
