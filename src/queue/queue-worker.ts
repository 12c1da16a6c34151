import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Job } from 'bullmq'
import { codeFingerprint } from '../cache/code-fingerprint.js'
import { settingsFingerprint } from '../cache/settings-fingerprint.js'
import { type ResolvedOptions, resolveOptions } from '../options.js'
import type { FileOutcome } from '../run/file-outcome.js'
import { WORKER_HEAP_MB, WORKER_STACK_MB } from '../run/process-inputs.js'
import { WorkerPool } from '../run/worker-pool.js'
import type { InputStatus } from '../types.js'
import { type QueueJobData, readJobData } from './job-data.js'
import { toJobResult } from './job-result.js'
import { connectionFor, QUEUE_NAME, waitForRedis } from './queue-connection.js'
import { DEFAULT_LOCK_DURATION_MS, MAX_STALLED_COUNT } from './queue-limits.js'
import type { SettingsSource } from './queue-settings.js'

/** Thread pools kept for settings other than the last ones (runs with other options). */
const MAX_IDLE_POOLS = 1

export interface QueueWorkerOptions {
  /** `redis://` or `rediss://` URL of the queue. */
  readonly url: string
  /** Inputs processed at once, each in its own thread. Default: 1. */
  readonly concurrency?: number
  /** See `DEFAULT_LOCK_DURATION_MS`. */
  readonly lockDuration?: number
  /** Called when a job starts, with the input's path (for logs). */
  readonly onJobStart?: (path: string) => void
  /** Called when a job's outcome is stored in the queue. */
  readonly onJobDone?: (path: string, status: InputStatus) => void
  /** Called for connection and queue errors the worker outlives. */
  readonly onError?: (error: Error) => void
}

export interface QueueWorker {
  /** Stop taking jobs, finish the ones in hand, and let go of Redis. */
  readonly close: () => Promise<void>
}

/** The compiled per-file worker of the local pool, reused as it is. */
const workerEntry = new URL('../run/worker.js', import.meta.url)

/**
 * A queue worker: takes jobs from the queue and runs each input through the
 * per-file stages in the same thread pool as a local run (`WorkerPool`: same
 * time limit, memory limit and error outcomes). A job's bytes are written to
 * a private temporary folder for the pool's thread to read, and removed after.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const connection = connectionFor(options.url)
  if (!existsSync(fileURLToPath(workerEntry)))
    throw new Error('winnow worker: dist/run/worker.js is missing: run `npm run build`')
  // Loaded here: importing winnow's library does not load BullMQ.
  const { UnrecoverableError, Worker } = await import('bullmq')
  const concurrency = options.concurrency ?? 1
  const lockDuration = options.lockDuration ?? DEFAULT_LOCK_DURATION_MS
  const code = codeFingerprint()
  const root = await mkdtemp(path.join(tmpdir(), 'winnow-queue-'))
  const pools = new Map<string, { pool: WorkerPool; busy: number }>()

  const poolFor = (settings: SettingsSource) => {
    const key = `${settingsFingerprint(settings)}/${settings.timeLimit}`
    let entry = pools.get(key)
    if (!entry) {
      for (const [other, idle] of pools) {
        if (pools.size <= MAX_IDLE_POOLS) break
        if (idle.busy > 0) continue
        pools.delete(other)
        void idle.pool.close()
      }
      const resolved: ResolvedOptions = resolveOptions({
        cwd: root,
        out: '.unused-output',
        policy: settings.policy,
        maxBytes: settings.maxBytes,
        frontMatterLimits: settings.frontMatterLimits,
        timeLimit: settings.timeLimit,
        jobs: concurrency,
      })
      const pool = new WorkerPool({
        size: concurrency,
        entry: workerEntry,
        workerData: resolved,
        timeLimit: settings.timeLimit,
        resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB },
      })
      entry = { pool, busy: 0 }
      pools.set(key, entry)
    }
    return entry
  }

  const processJob = async (job: Job): Promise<unknown> => {
    const id = job.id ?? ''
    let read: ReturnType<typeof readJobData>
    try {
      read = readJobData(job.data, id, code)
    } catch (error) {
      // A job this worker cannot read will not read better elsewhere.
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error))
    }
    options.onJobStart?.(read.path)
    const entry = poolFor(read.settings)
    const folder = path.join(root, id)
    const name = safeName(read.path)
    entry.busy++
    let outcome: FileOutcome
    try {
      await mkdir(folder, { recursive: true })
      await writeFile(path.join(folder, name), read.bytes)
      outcome = await entry.pool.run(`${id}/${name}`)
    } finally {
      entry.busy--
      await rm(folder, { recursive: true, force: true })
    }
    return toJobResult({ ...outcome, path: read.path })
  }

  const worker = new Worker(QUEUE_NAME, processJob, {
    connection,
    concurrency,
    lockDuration,
    stalledInterval: Math.min(lockDuration, DEFAULT_LOCK_DURATION_MS),
    maxStalledCount: MAX_STALLED_COUNT,
    autorun: false,
  })
  let lastError: Error | undefined
  const dropping = new Set<Promise<void>>()
  worker.on('error', (error) => {
    lastError = error
    options.onError?.(error)
  })
  worker.on('completed', (job, result) => {
    const status = (result as { status?: InputStatus } | undefined)?.status ?? 'error'
    options.onJobDone?.(String((job.data as { path?: unknown }).path), status)
    // A finished job is kept for resubmitted runs (its id and outcome), not
    // its input: dropping the bytes keeps Redis to about the outcomes' size.
    const dropped = job
      .updateData({ ...(job.data as QueueJobData), bytes: '' })
      .catch((error: unknown) => {
        if (error instanceof Error) options.onError?.(error)
      })
    dropping.add(dropped)
    void dropped.finally(() => dropping.delete(dropped))
  })
  try {
    await waitForRedis(worker.waitUntilReady(), options.url, () => lastError)
  } catch (error) {
    await worker.close(true).catch(() => undefined)
    await rm(root, { recursive: true, force: true })
    throw error
  }
  const running = worker.run()
  return {
    async close() {
      await worker.close()
      await running.catch(() => undefined)
      await Promise.all(dropping)
      await Promise.all([...pools.values()].map((entry) => entry.pool.close()))
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** Longest file name most file systems take, in bytes. */
const NAME_MAX = 255

/**
 * The input's file name, as the per-file stages see it (it can become the
 * title): the last part of its path, or `input` when that is not a plain name.
 */
function safeName(inputPath: string): string {
  const name = path.posix.basename(inputPath)
  const plain = name !== '.' && name !== '..' && !/[\\/\0]/.test(name)
  return plain && Buffer.byteLength(name) <= NAME_MAX ? name : 'input'
}
