/** The audit trail of one processed file: its removals, as `winnow explain` prints them and the review page marks them. */

import { isRemoval } from '../messages/is-removal.js'
import type { ProcessedFile } from '../process-file.js'

export interface ExplainedRemoval {
  readonly line?: number
  readonly column?: number
  readonly endLine?: number
  readonly endColumn?: number
  readonly ruleId: string
  readonly reason: string
  readonly preview: string
}

export interface Explained {
  readonly path: string
  readonly status: ProcessedFile['status']
  readonly reason?: string
  readonly removals: readonly ExplainedRemoval[]
}

/** The removals of one processed file, in document order. */
export function explainFile(processed: ProcessedFile): Explained {
  const removals = processed.file.messages
    .filter(isRemoval)
    .map((message) => ({
      ...(message.line === undefined ? {} : { line: message.line }),
      ...(message.column === undefined ? {} : { column: message.column }),
      ...(message.place && 'end' in message.place
        ? { endLine: message.place.end.line, endColumn: message.place.end.column }
        : {}),
      ruleId: message.ruleId ?? '',
      reason: message.reason,
      preview: message.actual ?? '',
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {
    path: processed.path,
    status: processed.status,
    ...(processed.reason === undefined ? {} : { reason: processed.reason }),
    removals,
  }
}
