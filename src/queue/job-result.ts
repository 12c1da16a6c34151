import { fromCacheValue, toCacheValue } from '../cache/outcome-value.js'
import { type FileOutcome, failedOutcome } from '../run/file-outcome.js'
import { MAX_STALLED_COUNT } from './queue-limits.js'

/** A worker's outcome as a BullMQ return value: JSON, with the signature as numbers. */
export function toJobResult(outcome: FileOutcome): unknown {
  return toCacheValue(outcome)
}

/**
 * A job's return value back as the outcome of the input at `path`, checked
 * like a cache entry. A value of another shape (a worker of another version,
 * a hand-edited job) becomes an error outcome that says so: the run goes on.
 */
export function readJobResult(value: unknown, path: string): FileOutcome {
  const parsed = typeof value === 'string' ? parseJson(value) : value
  if (isErrorOutcome(parsed, path)) return parsed
  return (
    fromCacheValue(parsed, path) ??
    failedOutcome(path, 'the queue worker sent back a result winnow cannot read')
  )
}

/** BullMQ's reason for a job whose workers died on it more than `maxStalledCount` times. */
const STALLED_TOO_OFTEN = /stalled more than allowable limit/

/** The outcome of a job BullMQ failed (a worker died on it too often, or refused it). */
export function failedJobOutcome(path: string, failedReason: string): FileOutcome {
  const reason = STALLED_TOO_OFTEN.test(failedReason)
    ? `queue workers stopped (killed, crashed or out of memory) ${MAX_STALLED_COUNT + 1} times while processing the file: it was given up (${failedReason})`
    : `the queue could not process the file: ${failedReason}`
  return failedOutcome(path, reason)
}

function isErrorOutcome(value: unknown, path: string): value is FileOutcome {
  if (typeof value !== 'object' || value === null) return false
  const outcome = value as Record<string, unknown>
  return (
    outcome.status === 'error' &&
    outcome.path === path &&
    typeof outcome.reason === 'string' &&
    Array.isArray(outcome.messages) &&
    outcome.messages.every(
      (message: unknown) =>
        typeof message === 'object' &&
        message !== null &&
        typeof (message as { reason?: unknown }).reason === 'string',
    )
  )
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
