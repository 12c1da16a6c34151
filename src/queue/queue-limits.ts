/**
 * The queue's limits, with their defaults (README and docs/many-machines.md
 * document them).
 */

/**
 * Default `lockDuration`, in ms: how long a job stays with a worker that
 * stopped answering before another worker takes it (BullMQ's default).
 * `winnow worker --lock-duration` changes it.
 */
export const DEFAULT_LOCK_DURATION_MS = 30_000

/**
 * How many times a job may be found with a dead worker (killed, crashed, out
 * of memory) and handed to another. One more and it fails, with the reason,
 * as an `error` entry in the coordinator's report: an input that crashes
 * workers stops after `MAX_STALLED_COUNT` + 1 of them.
 */
export const MAX_STALLED_COUNT = 1

/**
 * Most jobs a coordinator has in the queue at once: Redis holds each one's
 * bytes, so a run of any size needs about this many inputs' worth of memory
 * there, not the whole corpus.
 */
export const MAX_JOBS_IN_FLIGHT = 10_000

/**
 * Milliseconds without news from the queue after which the coordinator asks
 * Redis for the state of every job it still waits for: a safety net for
 * events missed while the connection was down, or jobs removed from Redis.
 */
export const SWEEP_AFTER_MS = 3_000

/** Finished jobs are kept this long (seconds), so that a resubmitted run reuses them. */
export const KEEP_FINISHED_S = 7 * 24 * 3600
