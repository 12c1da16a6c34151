import { existsSync, mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CacheStats, openCachedOutcomes } from '../cache/cached-outcomes.js'
import type { ResolvedOptions } from '../options.js'
import { type FileOutcome, toFileOutcome } from './file-outcome.js'
import { WorkerPool } from './worker-pool.js'

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

/** The compiled worker script, next to this module in `dist/run/`. */
const workerEntry = new URL('./worker.js', import.meta.url)

/**
 * Run the per-file stages over every input, streaming: each file is read when
 * its turn comes and only its outcome is kept. With `cacheDir`, an input whose
 * bytes, path, settings and winnow version match a cache entry is not
 * processed at all: its outcome comes from the cache. The rest run in this
 * thread with `jobs` 1, otherwise in a pool of `jobs` worker threads (started
 * at the first cache miss) with two files in flight per worker; a file is
 * read by its worker when the worker takes it (see `hasWorker` and
 * `canCrossThreads` for when files stay in this thread anyway).
 * `onOutcome` gets each outcome with the input's index, in completion order:
 * callers that need a fixed order store by index.
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
): Promise<ProcessedInputs> {
  const dir = options.cacheDir ?? mkdtempSync(path.join(tmpdir(), 'winnow-spill-'))
  const spill = options.cacheDir === undefined ? dir : undefined
  const removeSpill = async () => {
    if (spill) await rm(spill, { recursive: true, force: true })
  }
  const store = openCachedOutcomes(options, dir)
  // Only a real cache is looked up; a spill folder starts empty.
  const cache = spill === undefined ? store : undefined
  const inPool = options.jobs > 1 && files.length > 1 && canCrossThreads(options) && hasWorker()
  const size = Math.min(options.jobs, files.length)
  let pool: WorkerPool | undefined
  const processOne = async (file: string): Promise<FileOutcome> => {
    if (!inPool) {
      // Loaded at the first miss: a run served from the cache parses nothing.
      const { processFile } = await import('../process-file.js')
      return toFileOutcome(await processFile(file, options))
    }
    pool ??= new WorkerPool({
      size,
      entry: workerEntry,
      workerData: options,
      timeLimit: options.timeLimit,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
    })
    return pool.run(file)
  }
  try {
    let next = 0
    const feed = async () => {
      for (let index = next++; index < files.length; index = next++) {
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
  } catch (error) {
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

/**
 * Whether the options can be handed to a worker. A policy built with
 * `--filter-list` holds a parsed filter engine (functions), which cannot:
 * such a run stays in this thread.
 */
function canCrossThreads(options: ResolvedOptions): boolean {
  try {
    structuredClone(options)
    return true
  } catch {
    return false
  }
}
