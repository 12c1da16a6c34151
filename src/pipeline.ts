import path from 'node:path'
import type { VFile } from 'vfile'
import type { CacheStats } from './cache/cached-outcomes.js'
import { buildGroups, type Fingerprinted } from './canonical/build-groups.js'
import type { CanonicalArticle } from './canonical/canonical-article.js'
import { buildArticle, type PlannedGroup } from './canonical/planned-group.js'
import { findBoilerplate, REPEATED_BOILERPLATE_RULE } from './canonical/repeated-boilerplate.js'
import { reportBoilerplate } from './canonical/report-boilerplate.js'
import { groupFingerprints } from './dedupe/index.js'
import { type ResolvedOptions, resolveOptions, type WinnowOptions } from './options.js'
import { type FoundInputs, findInputs } from './read/find-inputs.js'
import { type FileOutcome, failedOutcome } from './run/file-outcome.js'
import { pinRecords } from './run/pinned-records.js'
import { processInputs } from './run/process-inputs.js'
import { type ProcessedInput, toProcessedInput } from './run/processed-input.js'
import type { ArticleRecord } from './types.js'
import { buildReport } from './write/build-report.js'
import { renderOutputs } from './write/render-outputs.js'
import type { RunReport } from './write/run-report.js'

export interface RunResult {
  readonly options: ResolvedOptions
  /**
   * Every processed input's vfile, with its warnings and errors (and the
   * removals of stages after the per-file ones). Per-file removals are counted
   * in `report`; `winnow explain FILE` lists them one by one.
   */
  readonly files: readonly VFile[]
  /**
   * Every group, ordered by its canonical member's path: its slug and
   * sources. Its article is built, from the record kept on disk, only when
   * its files are rendered (`outputs`) or `article` is called.
   */
  readonly groups: readonly PlannedGroup[]
  /** The canonical article of a group, built now (its record loaded back). */
  readonly article: (group: PlannedGroup) => CanonicalArticle
  /**
   * Every group's canonical article, built when first read and then kept: the
   * whole set at once, for small runs and tests. `outputs` builds and renders
   * one group at a time and holds none.
   */
  readonly articles: readonly CanonicalArticle[]
  readonly report: RunReport
  /** Output file name (relative to the output folder) → bytes to write. */
  readonly outputs: ReadonlyMap<string, string>
  /** Inputs taken from the outcome cache and inputs processed, when `cacheDir` is set. */
  readonly cache?: CacheStats
  /**
   * Remove the records this run kept on disk without a cache (its spill
   * folder): call it once the outputs are written. After it, `outputs`,
   * `article` and `articles` (if not read before) can no longer be built.
   * Left uncalled, the folder is removed when the process exits.
   */
  readonly close: () => Promise<void>
}

/**
 * A winnow run, stage by stage:
 * find inputs → per file (read → parse → clean → structure → fingerprint,
 * streamed through a worker pool) → dedupe → canonical → render. Nothing is
 * written here: see `writeOutputs`, then `close` the result.
 */
export async function runWinnow(options: WinnowOptions = {}): Promise<RunResult> {
  const resolved = resolveOptions(options)

  // 1. Read: expand the inputs; the output and cache folders are never read.
  const exclude = [resolved.out]
  if (resolved.cacheDir !== undefined) exclude.push(path.resolve(resolved.cwd, resolved.cacheDir))
  const found = await findInputs(resolved.inputs, { cwd: resolved.cwd, exclude })

  // 2–3. Per file, from the cache or in workers when jobs > 1:
  // read → parse → clean → structure → fingerprint. A failing file is reported
  // and the rest go on. Outcomes are kept by input index, so nothing below
  // depends on which worker finished first or on what the cache held.
  // An outcome kept on disk is held here as a summary (no bodies, no text):
  // the canonical members' whole records are loaded back at step 5.
  const processed: ProcessedInput[] = new Array(found.files.length)
  let done = 0
  const control = options.signal === undefined ? {} : { signal: options.signal }
  const onOutcome: Parameters<typeof processInputs>[2] = (index, outcome, stored) => {
    processed[index] = toProcessedInput(outcome, resolved.cwd, { summarize: stored })
    options.onFileDone?.(++done, found.files.length)
  }
  // With a queue, the same per-file stages run on queue workers (`winnow worker`).
  const { cache, records } = resolved.queue
    ? await (await import('./queue/process-queued.js')).processQueued(
        found.files,
        resolved,
        onOutcome,
      )
    : await processInputs(found.files, resolved, onOutcome, control)
  // With a shared cache, checked records are copied to a folder of this
  // run's own (another run may rewrite the cache before the output is written).
  const pinned = cache === undefined ? undefined : pinRecords()
  const close = async () => {
    await pinned?.close()
    await records.close()
  }
  try {
    // A record that cannot be read back (the cache or spill folder was
    // deleted, damaged or rewritten by another run) is recomputed from its
    // input; an input that cannot be processed again becomes an error.
    const recovered = new Map<string, ArticleRecord>()
    const dropLost = (member: Fingerprinted, reason: string) => {
      const index = processed.findIndex((item) => item.path === member.path)
      processed[index] = toProcessedInput(failedOutcome(member.path, reason), resolved.cwd)
    }
    for (;;) {
      const lost: Fingerprinted[] = []
      const result = await finishRun(resolved, found, processed, {
        loadRecord: (member) => {
          const record =
            pinned?.load(member.path) ??
            records.load(member.path, member.sha256)?.record ??
            recovered.get(member.path) ??
            // Held whole: its outcome could not be stored.
            member.whole
          if (record) return record
          lost.push(member)
          return undefined
        },
        lostRecords: () => lost.length > 0,
        ...(pinned === undefined ? {} : { pin: pinned.pin }),
        close,
        ...(cache === undefined ? {} : { cache }),
      })
      if (result) return result
      const answered = new Set<string>()
      await recomputeRecords(lost, resolved, control, (member, outcome) => {
        answered.add(member.path)
        if (outcome.status === 'ok' && outcome.record && outcome.sha256 === member.sha256)
          recovered.set(member.path, outcome.record)
        else
          dropLost(
            member,
            `its processed record was lost during the run and the input ${outcome.status === 'ok' ? 'changed' : 'could not be processed again'}: run again`,
          )
      })
      for (const member of lost)
        if (!answered.has(member.path)) dropLost(member, 'its processed record was lost')
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** Process the inputs of lost records again (no cache, whole outcomes kept). */
async function recomputeRecords(
  lost: readonly Fingerprinted[],
  resolved: ResolvedOptions,
  control: { readonly signal?: AbortSignal },
  onOutcome: (member: Fingerprinted, outcome: FileOutcome) => void,
): Promise<void> {
  const again = await processInputs(
    lost.map((member) => member.path),
    { ...resolved, cacheDir: undefined },
    (index, outcome) => {
      const member = lost[index]
      if (member) onOutcome(member, outcome)
    },
    control,
  )
  await again.records.close()
}

/** Steps 4–6, over the per-file outcomes. */
async function finishRun(
  resolved: ResolvedOptions,
  found: FoundInputs,
  processed: readonly ProcessedInput[],
  parts: {
    /** The whole record of a canonical member, or `undefined` when it is lost. */
    readonly loadRecord: (member: Fingerprinted) => ArticleRecord | undefined
    /** Whether `loadRecord` could not load some record: stop before anything is reported. */
    readonly lostRecords: () => boolean
    /** Keep a checked record where no other run can change it, until `close`. */
    readonly pin?: (inputPath: string, record: ArticleRecord) => void
    /** Drop the records kept on disk (the spill folder). */
    readonly close: () => Promise<void>
    readonly cache?: CacheStats
  },
): Promise<RunResult | undefined> {
  const articles: Fingerprinted[] = processed.flatMap((item) => item.article ?? [])

  // 4. Dedupe: group near-identical copies.
  const groups = groupFingerprints(
    articles.map((article) => article.fingerprint),
    { threshold: resolved.threshold },
  )

  // 5. Canonical: drop site furniture and repeated boilerplate at the edges of
  // articles, then one article per group.
  const boilerplate = resolved.policy.disabled.has(REPEATED_BOILERPLATE_RULE)
    ? new Map()
    : findBoilerplate(groups.map((indices) => indices.flatMap((index) => articles[index] ?? [])))
  const planned = buildGroups(articles, groups, {
    canonical: resolved.canonical,
    threshold: resolved.threshold,
    boilerplate,
  })
  // Every canonical record must load before anything is reported (a rerun of
  // these steps adds nothing twice); each is dropped at once and loaded again
  // when its group is written, so no more than one is held at a time.
  for (const group of planned) {
    const record = parts.loadRecord(group.canonical)
    if (record) parts.pin?.(group.canonical.path, record)
  }
  if (parts.lostRecords()) return undefined
  const article = (group: PlannedGroup): CanonicalArticle => {
    const record = parts.loadRecord(group.canonical)
    if (!record)
      throw new Error(
        `the processed record of ${group.canonical.path} was lost while the output was written: run again`,
      )
    return buildArticle(group, record)
  }
  reportBoilerplate(
    processed.flatMap((item) =>
      item.article
        ? [{ path: item.path, paragraphs: item.article.record.paragraphs, file: item.file }]
        : [],
    ),
    boilerplate,
  )

  // 6. Render: the group files and the report.
  const report = buildReport({
    processed,
    missing: found.missing,
    skipped: found.skipped,
    articles: planned,
  })
  const outputs = renderOutputs(
    planned.map((group) => ({ slug: group.slug, build: () => article(group) })),
    report,
  )
  let articlesBuilt: readonly CanonicalArticle[] | undefined

  return {
    options: resolved,
    files: processed.map((item) => item.file),
    groups: planned,
    article,
    get articles() {
      articlesBuilt ??= planned.map(article)
      return articlesBuilt
    },
    report,
    outputs,
    close: parts.close,
    ...(parts.cache === undefined ? {} : { cache: parts.cache }),
  }
}
