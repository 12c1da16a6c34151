import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ResolvedOptions } from '../options.js'
import { processFile } from '../process-file.js'
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
 * its turn comes and only its outcome is kept. With `jobs` 1 this happens in
 * this thread; otherwise in a pool of `jobs` worker threads, with at most two
 * files in flight per worker (see `hasWorker` and `canCrossThreads` for when
 * it stays in this thread anyway). `onOutcome` gets each outcome with the input's
 * index, in completion order: callers that need a fixed order store by index.
 */
export async function processInputs(
  files: readonly string[],
  options: ResolvedOptions,
  onOutcome: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  if (options.jobs === 1 || files.length === 0 || !canCrossThreads(options) || !hasWorker()) {
    for (const [index, file] of files.entries())
      onOutcome(index, toFileOutcome(await processFile(file, options)))
    return
  }
  const size = Math.min(options.jobs, files.length)
  const pool = new WorkerPool({
    size,
    entry: workerEntry,
    workerData: options,
    timeLimit: options.timeLimit,
    resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
  })
  try {
    let next = 0
    const feed = async () => {
      for (let index = next++; index < files.length; index = next++)
        onOutcome(index, await pool.run(files[index] ?? ''))
    }
    await Promise.all(Array.from({ length: size * 2 }, feed))
  } finally {
    await pool.close()
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
