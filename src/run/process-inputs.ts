import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type CacheStats, openCachedOutcomes } from '../cache/cached-outcomes.js'
import type { ResolvedOptions } from '../options.js'
import { descriptorLimit, RESERVED_DESCRIPTORS } from './descriptor-limit.js'
import { type FileOutcome, failedOutcome, toFileOutcome } from './file-outcome.js'
import { importGradually } from './import-gradually.js'
import { createSpillFolder, removeDeadSpillFolders, removeSpillFolder } from './spill-folder.js'
import { optionsForWorker } from './worker-options.js'
import { WorkerPool, WorkerStartError } from './worker-pool.js'

/**
 * Stack of a worker thread, in MB: four times Node's default, a margin for
 * the recursive tree utilities on top of the nesting bound (see `limitNesting`).
 */
export const WORKER_STACK_MB = 16
/**
 * Heap of a worker thread, in MB: room for the largest file `--max-bytes`
 * lets in (a 6 MB listicle needs up to 1.7 GB); a file that needs more fails
 * alone with "ran out of memory" (see README, Safety).
 */
export const WORKER_HEAP_MB = 2048
/**
 * File descriptors a worker thread holds, or opens at once while it loads
 * the per-file modules (its event loop, its message
 * ports, the file it reads, the cache entry it checks), with a margin: the
 * pool has no more workers than `ulimit -n` leaves room for.
 */
export const DESCRIPTORS_PER_WORKER = 16

/** The compiled worker script, next to this module in `dist/run/`. */
const workerEntry = new URL('./worker.js', import.meta.url)

export interface ProcessInputsOptions {
  /** Stop feeding files when aborted: workers are stopped, the spill folder removed, and an AbortError thrown. */
  readonly signal?: AbortSignal
}

/**
 * Run the per-file stages over every input, streaming: each file is read when
 * its turn comes and only its outcome is kept. With `cacheDir`, an input whose
 * bytes, path, settings and winnow version match a cache entry is not
 * processed at all: its outcome comes from the cache. The rest run in a pool
 * of up to `jobs` worker threads (started at the first cache miss, with two
 * files in flight per worker), where the time limit and the memory cap
 * apply; in this thread only with `jobs` 1 and not `isolate`, or when the
 * compiled worker is missing (run from the sources), or when no worker can
 * start at all (each such file gets a warning). A file is read by its worker
 * when the worker takes it. `onOutcome` gets each outcome with the input's
 * index, in completion order: callers that need a fixed order store by index.
 *
 * Every outcome is also kept on disk (in the cache, or without one in a
 * spill folder in the temp folder), so the caller may keep only a summary
 * and load the whole outcome back (`records.load`) when it writes: `stored`
 * says whether that is possible. Call `records.close()` when done.
 */
export async function processInputs(
  files: readonly string[],
  options: ResolvedOptions,
  onOutcome: (index: number, outcome: FileOutcome, stored: boolean) => void,
  control: ProcessInputsOptions = {},
): Promise<ProcessedInputs> {
  await removeDeadSpillFolders()
  const spill = options.cacheDir === undefined ? createSpillFolder() : undefined
  const dir = options.cacheDir ?? spill ?? ''
  const removeSpill = async () => {
    if (spill) await removeSpillFolder(spill)
  }
  const store = openCachedOutcomes(options, dir)
  // Only a real cache is looked up; a spill folder starts empty.
  const cache = spill === undefined ? store : undefined
  const inPool = (options.jobs > 1 || options.isolate) && hasWorker()
  const size = Math.max(
    1,
    Math.min(
      options.jobs,
      files.length,
      Math.floor((descriptorLimit() - 2 * RESERVED_DESCRIPTORS) / DESCRIPTORS_PER_WORKER),
    ),
  )
  let pool: WorkerPool | undefined
  let noWorker: string | undefined
  const inThread = async (file: string): Promise<FileOutcome> => {
    let processFile: typeof import('../process-file.js').processFile
    try {
      // Loaded at the first miss: a run served from the cache parses nothing.
      ;({ processFile } = await importGradually<typeof import('../process-file.js')>(
        new URL('../process-file.js', import.meta.url),
      ))
    } catch (error) {
      return failedOutcome(
        file,
        `winnow could not load its modules (${error instanceof Error ? error.message : String(error)}): raise \`ulimit -n\` and run again`,
      )
    }
    return toFileOutcome(await processFile(file, options))
  }
  const processOne = async (file: string): Promise<FileOutcome> => {
    if (!inPool) return inThread(file)
    if (noWorker !== undefined) return withWarning(await inThread(file), noWorker)
    pool ??= new WorkerPool({
      size,
      entry: workerEntry,
      workerData: optionsForWorker(options),
      timeLimit: options.timeLimit,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
    })
    try {
      return await pool.run(file)
    } catch (error) {
      if (!(error instanceof WorkerStartError)) throw error
      noWorker = `processed in the main thread, without the time limit: ${error.message}`
      return withWarning(await inThread(file), noWorker)
    }
  }
  try {
    let next = 0
    const feed = async () => {
      for (let index = next++; index < files.length; index = next++) {
        control.signal?.throwIfAborted()
        const file = files[index] ?? ''
        const cached = cache?.lookup(file)
        if (cached) {
          onOutcome(index, cached, true)
          continue
        }
        const outcome = await processOne(file)
        onOutcome(index, outcome, await store.store(outcome))
      }
    }
    // Feeders: with a pool, two files in flight per worker; in this thread, one at a time.
    await Promise.all(Array.from({ length: inPool ? size * 2 : 1 }, feed))
    control.signal?.throwIfAborted()
  } catch (error) {
    await pool?.close()
    await removeSpill()
    throw error
  } finally {
    await pool?.close()
  }
  return {
    ...(cache === undefined ? {} : { cache: cache.stats() }),
    records: { load: store.load, close: removeSpill },
  }
}

export interface ProcessedInputs {
  /** The cache's hits and misses, when there is a cache. */
  readonly cache?: CacheStats
  readonly records: {
    /** A stored outcome, by path and content hash. */
    readonly load: (relativePath: string, sha256: string) => FileOutcome | undefined
    /** Remove the spill folder, if any. */
    readonly close: () => Promise<void>
  }
}

/**
 * Whether the compiled worker is there. Run from the TypeScript sources (by
 * vitest or tsx) it is not, and the per-file stages stay in this thread.
 */
function hasWorker(): boolean {
  return existsSync(fileURLToPath(workerEntry))
}

function withWarning(outcome: FileOutcome, reason: string): FileOutcome {
  return {
    ...outcome,
    messages: [
      ...outcome.messages,
      { reason, ruleId: 'no-worker', source: 'winnow', fatal: false },
    ],
  }
}
