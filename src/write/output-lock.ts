import path from 'node:path'
import lockfile from 'proper-lockfile'
import { describeError, errorCode, OutputError } from './output-error.js'

/** The lock of an output folder: a folder inside it, made and removed by proper-lockfile. */
export const LOCK_NAME = '.winnow.lock'

/**
 * A lock not refreshed for this long belongs to a run that was killed, and
 * is taken over (proper-lockfile refreshes it every `LOCK_STALE_MS / 2`).
 */
export const LOCK_STALE_MS = 5_000

/** How long a run waits for another one writing the same folder before it gives up. */
export const LOCK_WAIT_MS = 10 * 60_000

export interface OutputLock {
  /** Whether the lock was lost (not refreshed in time): the holder must not switch outputs in. */
  readonly compromised: () => boolean
  readonly release: () => Promise<void>
}

export interface LockOutputFolderOptions {
  /** Milliseconds to wait for another run (default `LOCK_WAIT_MS`). */
  readonly wait?: number
}

/**
 * Take the output folder for this run: one writer at a time. A second run
 * waits for the first (up to `wait` ms), then fails with an `OutputError`
 * (`busy`). The lock of a run killed with SIGKILL goes stale and is taken over.
 */
export async function lockOutputFolder(
  out: string,
  options: LockOutputFolderOptions = {},
): Promise<OutputLock> {
  const wait = options.wait ?? LOCK_WAIT_MS
  let lost = false
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(out, {
      lockfilePath: path.join(out, LOCK_NAME),
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: {
        retries: Math.max(0, Math.ceil(wait / 500)),
        factor: 1,
        minTimeout: 100,
        maxTimeout: 500,
        randomize: true,
      },
      onCompromised: () => {
        lost = true
      },
    })
  } catch (error) {
    if (errorCode(error) === 'ELOCKED')
      throw new OutputError(
        'busy',
        `output folder ${out} is being written by another winnow run: waited ${Math.round(wait / 1000)} s, try again when it is done`,
      )
    throw new OutputError(
      'cannot-create',
      `cannot lock output folder ${out}: ${describeError(error)}`,
    )
  }
  return {
    compromised: () => lost,
    release: () => release().catch(() => undefined),
  }
}
