import { type Fingerprint, fingerprint } from '../dedupe/index.js'
import type { ProcessedFile } from '../process-file.js'
import type { ArticleRecord, InputStatus } from '../types.js'
import { type SerializedMessage, serializeMessage } from './serialized-message.js'

/**
 * What the per-file stages send back for one input: plain data only (it
 * crosses from a worker to the main thread), and nothing of the input's text.
 */
export interface FileOutcome {
  readonly path: string
  readonly status: InputStatus
  readonly reason?: string
  /** sha256 of the bytes that were processed: set for `ok` and content-based skips. */
  readonly sha256?: string
  readonly record?: ArticleRecord
  /** The MinHash fingerprint of `record.text`; its signature is transferred, not copied. */
  readonly fingerprint?: Fingerprint
  readonly messages: readonly SerializedMessage[]
}

/** Finish one input's per-file work: fingerprint its text, flatten its messages. */
export function toFileOutcome(processed: ProcessedFile): FileOutcome {
  const { record, sha256 } = processed
  const ok = processed.status === 'ok' && record !== undefined && sha256 !== undefined
  return {
    path: processed.path,
    status: processed.status,
    ...(processed.reason === undefined ? {} : { reason: processed.reason }),
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(ok ? { record, fingerprint: fingerprint(record.text) } : {}),
    messages: processed.file.messages.map(serializeMessage),
  }
}

/** An outcome for an input whose worker failed or ran out of time. */
export function failedOutcome(path: string, reason: string): FileOutcome {
  return {
    path,
    status: 'error',
    reason,
    messages: [{ reason, ruleId: 'input-error', source: 'winnow', fatal: false }],
  }
}

/** The buffers an outcome can hand over to another thread instead of copying. */
export function transferables(outcome: FileOutcome): ArrayBuffer[] {
  const signature = outcome.fingerprint?.signature
  if (!signature || !(signature.buffer instanceof ArrayBuffer)) return []
  const whole = signature.byteOffset === 0 && signature.byteLength === signature.buffer.byteLength
  return whole ? [signature.buffer] : []
}
