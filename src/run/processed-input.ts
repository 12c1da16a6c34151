import { VFile } from 'vfile'
import type { Fingerprinted } from '../canonical/build-groups.js'
import { summarizeRecord } from '../canonical/record-summary.js'
import { isRemoval } from '../messages/is-removal.js'
import type { InputStatus } from '../types.js'
import type { FileOutcome } from './file-outcome.js'
import { restoreMessages } from './serialized-message.js'

/**
 * One input as the main thread keeps it for the rest of the run: compact.
 * The input's text is gone; its removals are counts; its vfile holds only
 * warnings and errors (later stages may add their own messages to it).
 */
export interface ProcessedInput {
  readonly path: string
  readonly status: InputStatus
  readonly reason?: string
  /** Removals of the per-file stages, per rule id. */
  readonly removed: ReadonlyMap<string, number>
  readonly file: VFile
  /** The article and its fingerprint, when the input is `ok`. */
  readonly article?: Fingerprinted
}

export interface ToProcessedInputOptions {
  /**
   * Keep only a summary of the record (see `summarizeRecord`): the outcome is
   * stored on disk and the whole record can be loaded back. Otherwise the
   * whole record is kept too (`whole`).
   */
  readonly summarize?: boolean
}

export function toProcessedInput(
  outcome: FileOutcome,
  cwd: string,
  options: ToProcessedInputOptions = {},
): ProcessedInput {
  const removed = new Map<string, number>()
  const file = new VFile({ path: outcome.path, cwd })
  restoreMessages(
    file,
    outcome.messages.filter((message) => {
      if (!isRemoval(message)) return true
      removed.set(message.ruleId, (removed.get(message.ruleId) ?? 0) + 1)
      return false
    }),
  )
  const { record, sha256, fingerprint } = outcome
  return {
    path: outcome.path,
    status: outcome.status,
    ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
    removed,
    file,
    ...(outcome.status === 'ok' && record && sha256 && fingerprint
      ? {
          article: {
            path: outcome.path,
            sha256,
            record: summarizeRecord(record),
            ...(options.summarize ? {} : { whole: record }),
            length: record.text.length,
            fingerprint,
          },
        }
      : {}),
  }
}
