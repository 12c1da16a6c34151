import { type ResourceLimits, Worker } from 'node:worker_threads'
import { type FileOutcome, failedOutcome } from './file-outcome.js'
import type { WorkerReply, WorkerTask } from './worker-protocol.js'

export interface WorkerPoolOptions {
  readonly size: number
  /** The worker script (compiled JavaScript). */
  readonly entry: URL
  /** Handed to every worker as `workerData` (structured-cloned). */
  readonly workerData: unknown
  /** Milliseconds one task may run before its worker is stopped and replaced. */
  readonly timeLimit: number
  /** Limits of each worker; a young generation of `WORKER_YOUNG_GENERATION_MB` unless set here. */
  readonly resourceLimits: ResourceLimits
}

/**
 * Young generation of a worker thread, in MB (V8 splits it into two
 * semi-spaces and a large-object space of a third each: 32 MB semi-spaces,
 * twice V8's default). Parsing and tree building allocate many short-lived
 * nodes: with 32 MB semi-spaces the per-file stages took about 12 % less CPU
 * on the `bench:run` corpus than with the default 16 MB, for up to 32 MB
 * more memory per worker.
 */
export const WORKER_YOUNG_GENERATION_MB = 96

/** Starts tried again, after a growing wait, when no worker of the pool could start (EMFILE). */
export const WORKER_START_RETRIES = 5
/** The first wait before a failed start is tried again, in ms (doubled each time). */
export const WORKER_START_WAIT_MS = 50

/** No worker could start, even after retries: the caller may process files in its own thread. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError'
}

interface Task {
  readonly id: number
  readonly path: string
  readonly resolve: (outcome: FileOutcome) => void
  readonly reject: (error: Error) => void
}

interface Slot {
  readonly worker: Worker
  ready: boolean
  dead: boolean
  task?: Task | undefined
  timer?: NodeJS.Timeout | undefined
}

/**
 * Up to `size` worker threads, one input at a time each. A task that
 * runs past the time limit has its worker terminated and gets an error
 * outcome; so does a task whose worker crashes or runs out of memory. Either
 * way a fresh worker takes the slot and the batch goes on. A worker that
 * fails before it is ready (out of file descriptors, out of memory) gives
 * its task back: while other workers live, the pool goes on with fewer;
 * when none is left, starting is tried again `WORKER_START_RETRIES` times
 * after a growing wait, and only then is every task rejected with a
 * `WorkerStartError`.
 */
export class WorkerPool {
  readonly #options: WorkerPoolOptions
  readonly #slots = new Set<Slot>()
  readonly #queue: Task[] = []
  #nextId = 0
  #broken: Error | undefined
  #closed = false
  #startRetries = 0
  /** Workers wanted: `size`, less after a start failed while others ran. */
  #size: number
  #retryTimer: NodeJS.Timeout | undefined

  constructor(options: WorkerPoolOptions) {
    this.#options = options
    this.#size = options.size
    // One at a time: each worker loads the per-file modules, which opens many
    // files at once; the next starts when it is ready (see `#spawn`).
    this.#spawn()
  }

  /** Process one input (a path relative to the run's folder). */
  run(path: string): Promise<FileOutcome> {
    if (this.#broken) return Promise.reject(this.#broken)
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, path, resolve, reject })
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    clearTimeout(this.#retryTimer)
    const slots = [...this.#slots]
    this.#slots.clear()
    for (const slot of slots) clearTimeout(slot.timer)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  #spawn(): void {
    let worker: Worker
    try {
      worker = new Worker(this.#options.entry, {
        workerData: this.#options.workerData,
        resourceLimits: {
          maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
          ...this.#options.resourceLimits,
        },
      })
    } catch (error) {
      this.#failedStart(undefined, error instanceof Error ? error.message : String(error))
      return
    }
    const slot: Slot = { worker, ready: false, dead: false }
    this.#slots.add(slot)
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        slot.ready = true
        this.#startRetries = 0
        if (!this.#closed && this.#slots.size < this.#size) this.#spawn()
      } else if (slot.task?.id === reply.id) {
        const task = slot.task
        clearTimeout(slot.timer)
        slot.task = undefined
        task.resolve(reply.outcome)
      }
      this.#dispatch()
    })
    worker.on('error', (error) => this.#lose(slot, describeCrash(error)))
    worker.on('exit', (code) => this.#lose(slot, `the worker exited with code ${code}`))
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (!slot.ready || slot.dead || slot.task) continue
      const task = this.#queue.shift()
      if (!task) return
      slot.task = task
      slot.timer = setTimeout(() => this.#timeOut(slot, task), this.#options.timeLimit)
      const message: WorkerTask = { id: task.id, path: task.path }
      slot.worker.postMessage(message)
    }
  }

  #timeOut(slot: Slot, task: Task): void {
    if (slot.task !== task) return
    void slot.worker.terminate()
    this.#lose(
      slot,
      `took longer than the time limit of ${this.#options.timeLimit} ms and was stopped (raise --time-limit to allow more)`,
    )
  }

  /** A worker is gone: fail its task, replace it, go on. */
  #lose(slot: Slot, reason: string): void {
    if (slot.dead) return
    slot.dead = true
    clearTimeout(slot.timer)
    this.#slots.delete(slot)
    const task = slot.task
    slot.task = undefined
    if (this.#closed) return
    if (!slot.ready) {
      this.#failedStart(task, reason)
      return
    }
    task?.resolve(failedOutcome(task.path, reason))
    this.#spawn()
    this.#dispatch()
  }

  /** A worker did not start: give its task back, go on with fewer, or retry when none is left. */
  #failedStart(task: Task | undefined, reason: string): void {
    if (task) this.#queue.unshift(task)
    if (this.#slots.size > 0) {
      this.#size = this.#slots.size
      this.#dispatch()
      return
    }
    if (this.#startRetries >= WORKER_START_RETRIES) {
      this.#break(
        new WorkerStartError(
          `a winnow worker failed to start, ${WORKER_START_RETRIES + 1} times: ${reason}`,
        ),
        undefined,
      )
      return
    }
    const wait = WORKER_START_WAIT_MS * 2 ** this.#startRetries++
    this.#retryTimer = setTimeout(() => {
      if (!this.#closed) this.#spawn()
    }, wait)
  }

  #break(error: Error, task: Task | undefined): void {
    this.#broken = error
    task?.reject(error)
    for (const queued of this.#queue.splice(0)) queued.reject(error)
    for (const slot of this.#slots) slot.task?.reject(error)
    void this.close()
  }
}

function describeCrash(error: Error): string {
  const code = 'code' in error ? String(error.code) : ''
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'ran out of memory while processing the file: the worker was stopped'
  return `the worker crashed while processing the file: ${error.message}`
}
