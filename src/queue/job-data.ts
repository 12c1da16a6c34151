import { createHash } from 'node:crypto'
import { cacheKey } from '../cache/outcome-cache.js'
import { settingsFingerprint } from '../cache/settings-fingerprint.js'
import { type QueueSettings, readQueueSettings, type SettingsSource } from './queue-settings.js'

/** Bumped when the shape of a job's data changes. */
const JOB_FORMAT = 1

/**
 * One job of a distributed run: one input, with its bytes (workers cannot
 * read the coordinator's disk) and what the worker needs to process it as a
 * local run would. Plain JSON; never code.
 */
export interface QueueJobData {
  readonly format: number
  /** The input's path, relative to the coordinator's folder: its name can become the title. */
  readonly path: string
  /** sha256 of `bytes`. */
  readonly sha256: string
  /** winnow's code fingerprint on the coordinator: workers must run the same build. */
  readonly code: string
  readonly settings: QueueSettings
  /** The input's bytes, base64. */
  readonly bytes: string
}

export interface JobParts {
  readonly path: string
  readonly sha256: string
  readonly code: string
  readonly settings: SettingsSource
}

/**
 * The job id: a hash of the input's content, path, settings, time limit and
 * winnow's code (the outcome cache's key). A resubmitted run makes the same
 * ids, so BullMQ keeps the jobs it already has, finished or not, instead of
 * adding them again.
 */
export function jobId(parts: JobParts): string {
  return cacheKey({
    code: parts.code,
    settings: `${JOB_FORMAT}/${settingsFingerprint(parts.settings)}/${parts.settings.timeLimit}`,
    path: parts.path,
    content: parts.sha256,
  })
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface ReadJob {
  readonly path: string
  readonly bytes: Buffer
  readonly settings: SettingsSource
}

/**
 * A job's data as a worker reads it: every field checked, the bytes checked
 * against their hash, and the id checked against the data, so a worker never
 * files an outcome under another input's id. Throws a `TypeError` naming the
 * problem.
 */
export function readJobData(value: unknown, id: string | undefined, code: string): ReadJob {
  if (typeof value !== 'object' || value === null) throw new TypeError('job data: not an object')
  const data = value as Partial<Record<keyof QueueJobData, unknown>>
  if (data.format !== JOB_FORMAT)
    throw new TypeError(`job data: format ${String(data.format)}, expected ${JOB_FORMAT}`)
  if (typeof data.path !== 'string' || data.path === '')
    throw new TypeError('job data: path is not a string')
  if (typeof data.sha256 !== 'string' || typeof data.bytes !== 'string')
    throw new TypeError('job data: sha256 and bytes must be strings')
  if (data.code !== code) {
    throw new TypeError(
      `job made by winnow build ${String(data.code)}, this worker runs build ${code}: run the same winnow version on the coordinator and every worker`,
    )
  }
  const settings = readQueueSettings(data.settings)
  const bytes = Buffer.from(data.bytes, 'base64')
  if (bytes.length > settings.maxBytes + 1)
    throw new TypeError(`job data: ${bytes.length} bytes, over the run's --max-bytes`)
  const sha256 = sha256Of(bytes)
  if (sha256 !== data.sha256) throw new TypeError('job data: the bytes do not match their hash')
  if (id !== jobId({ path: data.path, sha256, code, settings }))
    throw new TypeError('job data: the job id does not match its content and settings')
  return { path: data.path, bytes, settings }
}
