import type { RedisOptions } from 'bullmq'
import { UsageError } from '../messages/usage-error.js'

/** The BullMQ queue winnow's coordinator fills and its workers drain. */
export const QUEUE_NAME = 'winnow-clean'

/**
 * Milliseconds a coordinator or worker waits for Redis to answer at start
 * before it gives up with an error. Once started, a lost connection is
 * retried without end (see `retryDelay`): a Redis restart or a network blip
 * of a few seconds only pauses the run.
 */
export const CONNECT_TIMEOUT_MS = 10_000

/** Longest wait between two reconnection tries, in milliseconds. */
export const MAX_RETRY_DELAY_MS = 2_000

/**
 * BullMQ connection options for a `redis://` or `rediss://` URL (TLS), with
 * an optional user name, password and database number:
 * `redis://:PASSWORD@HOST:PORT/DB`. Nothing else is accepted: Redis is
 * reached only through the URL given.
 */
export function connectionFor(url: string): RedisOptions {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(`--queue takes a redis:// or rediss:// URL, got '${url}'`)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new UsageError(
      `--queue takes a redis:// or rediss:// URL, got '${redactUrl(url)}' (protocol ${parsed.protocol})`,
    )
  }
  const db = parsed.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d+$/.test(db)) {
    throw new UsageError(
      `--queue: the path of a Redis URL is a database number, got '${redactUrl(url)}'`,
    )
  }
  return {
    url,
    // Note: commands wait for a lost connection to come back instead of
    // failing after a few tries: workers and the coordinator outlive a blip.
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 100, MAX_RETRY_DELAY_MS),
  }
}

/** A Redis URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password !== '') parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(not a URL)'
  }
}

/** Resolve `ready` within `CONNECT_TIMEOUT_MS`, or fail with a message naming Redis. */
export async function waitForRedis(
  ready: Promise<unknown>,
  url: string,
  lastError: () => Error | undefined,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = lastError()?.message ?? 'no answer'
      reject(
        new UsageError(
          `cannot reach Redis at ${redactUrl(url)} within ${CONNECT_TIMEOUT_MS / 1000} s: ${reason}`,
        ),
      )
    }, CONNECT_TIMEOUT_MS)
  })
  try {
    await Promise.race([ready, timeout])
  } finally {
    clearTimeout(timer)
  }
}
