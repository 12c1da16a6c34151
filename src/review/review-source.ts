import { stat } from 'node:fs/promises'
import path from 'node:path'
import { REPEATED_BOILERPLATE_RULE } from '../canonical/repeated-boilerplate.js'
import { type ExplainedRemoval, explainFile } from '../explain/explain-file.js'
import type { ResolvedOptions } from '../options.js'
import { processFile } from '../process-file.js'
import { highlightSource } from './highlight-source.js'
import { markSource } from './mark-source.js'
import { removedShareOfText } from './removed-share.js'
import type { ReviewSource } from './review-model.js'

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
