import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Job, Queue, QueueEvents } from 'bullmq'
import { openCachedOutcomes } from '../cache/cached-outcomes.js'
import { codeFingerprint } from '../cache/code-fingerprint.js'
import type { ResolvedOptions } from '../options.js'
import { processFile } from '../process-file.js'
import { readInput } from '../read/read-input.js'
import { type FileOutcome, toFileOutcome } from '../run/file-outcome.js'
import type { ProcessedInputs } from '../run/process-inputs.js'
import { jobId, type QueueJobData, sha256Of } from './job-data.js'
import { failedJobOutcome, readJobResult } from './job-result.js'
import { connectionFor, QUEUE_NAME, waitForRedis } from './queue-connection.js'
import { KEEP_FINISHED_S, MAX_JOBS_IN_FLIGHT, SWEEP_AFTER_MS } from './queue-limits.js'
import { type QueueSettings, toQueueSettings } from './queue-settings.js'

/** Jobs added to Redis in one round trip. */
const ENQUEUE_BATCH = 64

type OnOutcome = (index: number, outcome: FileOutcome, stored: boolean) => void

/**
 * The per-file stage of a distributed run, in place of `processInputs`: one
 * BullMQ job per input, carrying its bytes; workers on any machine run the
 * per-file stages and send back the outcome. Outcomes come back in any
 * order, each once, by input index, and are kept like a local run's (in a
 * spill folder), so grouping and writing are the same as a local run's.
 * An input the coordinator cannot read is processed here, where the error
 * is, so its report entry is the same as a local run's.
 */
export async function processQueued(
  files: readonly string[],
  options: ResolvedOptions,
  onOutcome: OnOutcome,
): Promise<ProcessedInputs> {
  const url = options.queue?.url
  if (url === undefined) throw new Error('processQueued needs options.queue')
  const settings = toQueueSettings(options)
  const code = codeFingerprint()
  const spill = await mkdtemp(path.join(tmpdir(), 'winnow-spill-'))
  const removeSpill = () => rm(spill, { recursive: true, force: true })
  const store = openCachedOutcomes(options, spill)
  const connection = connectionFor(url)
  const queue = new Queue(QUEUE_NAME, { connection })
  const events = new QueueEvents(QUEUE_NAME, { connection })
  let lastError: Error | undefined
  const remember = (error: Error) => {
    lastError = error
  }
  queue.on('error', remember)
  events.on('error', remember)

  const pending = new Map<string, { readonly index: number; readonly path: string }>()
  const storing = new Set<Promise<void>>()
  let lastNews = Date.now()
  let wake: (() => void) | undefined
  const news = () => {
    lastNews = Date.now()
    wake?.()
  }
  const settle = (id: string, make: (path: string) => FileOutcome) => {
    const entry = pending.get(id)
    if (!entry) return
    pending.delete(id)
    const outcome = make(entry.path)
    const done = store.store(outcome).then((stored) => onOutcome(entry.index, outcome, stored))
    storing.add(done)
    void done.finally(() => storing.delete(done))
    news()
  }
  const local = async (index: number, file: string) => {
    const outcome = toFileOutcome(await processFile(file, options))
    onOutcome(index, outcome, await store.store(outcome))
  }

  /** Read one input into a job, or process it here when it cannot be read. */
  const jobFor = async (index: number) => {
    const file = files[index] ?? ''
    let bytes: Uint8Array
    try {
      bytes = await readInput(path.resolve(options.cwd, file), options)
    } catch {
      await local(index, file)
      return undefined
    }
    const sha256 = sha256Of(bytes)
    const data: QueueJobData = {
      format: 1,
      path: file,
      sha256,
      code,
      settings: settings satisfies QueueSettings,
      bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    }
    const id = jobId({ path: file, sha256, code, settings: options })
    pending.set(id, { index, path: file })
    return {
      name: 'clean',
      data,
      opts: {
        jobId: id,
        attempts: 1,
        removeOnComplete: { age: KEEP_FINISHED_S },
        removeOnFail: { age: KEEP_FINISHED_S },
      },
    }
  }

  /** Ask Redis where each job is: settle the finished, add again the ones gone. */
  const check = async (ids: readonly string[]) => {
    const again: NonNullable<Awaited<ReturnType<typeof jobFor>>>[] = []
    for (const id of ids) {
      const entry = pending.get(id)
      if (!entry) continue
      const job = await Job.fromId(queue, id)
      if (!job) {
        pending.delete(id)
        const added = await jobFor(entry.index)
        if (added) again.push(added)
        continue
      }
      const state = await job.getState()
      if (state === 'completed') settle(id, (file) => readJobResult(job.returnvalue, file))
      else if (state === 'failed') settle(id, (file) => failedJobOutcome(file, job.failedReason))
    }
    if (again.length > 0) await queue.addBulk(again)
  }

  events.on('completed', ({ jobId: id, returnvalue }) =>
    settle(id, (file) => readJobResult(returnvalue, file)),
  )
  events.on('failed', ({ jobId: id, failedReason }) =>
    settle(id, (file) => failedJobOutcome(file, failedReason)),
  )
  // A job kept from an earlier run of the same inputs: it may be finished already.
  events.on('duplicated', ({ jobId: id }) => {
    if (pending.has(id)) void check([id]).catch(remember)
  })
  events.on('stalled', news)
  events.on('active', news)

  /** Wait for news, or sweep when there has been none for a while. */
  const waitForNews = async () => {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SWEEP_AFTER_MS)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
    wake = undefined
    if (Date.now() - lastNews >= SWEEP_AFTER_MS) {
      lastNews = Date.now()
      await check([...pending.keys()])
    }
  }

  try {
    await waitForRedis(
      Promise.all([queue.waitUntilReady(), events.waitUntilReady()]),
      url,
      () => lastError,
    )
    let batch: NonNullable<Awaited<ReturnType<typeof jobFor>>>[] = []
    for (let index = 0; index < files.length; index++) {
      const job = await jobFor(index)
      if (job) batch.push(job)
      if (batch.length >= ENQUEUE_BATCH || index === files.length - 1) {
        if (batch.length > 0) await queue.addBulk(batch)
        batch = []
        while (pending.size >= MAX_JOBS_IN_FLIGHT) await waitForNews()
      }
    }
    while (pending.size > 0) await waitForNews()
    await Promise.all(storing)
  } catch (error) {
    await removeSpill()
    throw error
  } finally {
    await Promise.all([events.close(), queue.close()])
  }
  return { records: { load: store.load, close: removeSpill } }
}
