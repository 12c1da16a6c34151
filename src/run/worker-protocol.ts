import type { FileOutcome } from './file-outcome.js'

/** Main thread → worker: process one input. */
export interface WorkerTask {
  readonly id: number
  /** The input's path, relative to the run's `cwd`: the worker reads the file itself. */
  readonly path: string
}

/** Worker → main thread: ready for tasks, or one task's outcome. */
export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly outcome: FileOutcome }
