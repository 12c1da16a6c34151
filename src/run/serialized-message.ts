import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

/** A vfile message as plain data, to cross from a worker to the main thread. */
export interface SerializedMessage {
  readonly reason: string
  readonly ruleId?: string
  readonly source?: string
  /** `true` an error, `false` a warning, `undefined` info (a removal). */
  readonly fatal?: boolean
  readonly line?: number
  readonly column?: number
  readonly end?: { readonly line: number; readonly column: number }
  readonly actual?: string
}

export function serializeMessage(message: VFileMessage): SerializedMessage {
  const place = message.place
  const end = place && 'end' in place ? place.end : undefined
  return {
    reason: message.reason,
    ...(message.ruleId === undefined ? {} : { ruleId: message.ruleId }),
    ...(message.source === undefined ? {} : { source: message.source }),
    ...(typeof message.fatal === 'boolean' ? { fatal: message.fatal } : {}),
    ...(message.line === undefined ? {} : { line: message.line }),
    ...(message.column === undefined ? {} : { column: message.column }),
    ...(end ? { end: { line: end.line, column: end.column } } : {}),
    ...(message.actual === undefined ? {} : { actual: message.actual }),
  }
}

/** Add serialized messages back to a vfile, as the per-file stages made them. */
export function restoreMessages(file: VFile, messages: readonly SerializedMessage[]): void {
  for (const data of messages) {
    const start =
      data.line === undefined ? undefined : { line: data.line, column: data.column ?? 1 }
    const place = start && data.end ? { start, end: data.end } : start
    const message = new VFileMessage(data.reason, {
      ...(data.ruleId === undefined ? {} : { ruleId: data.ruleId }),
      ...(data.source === undefined ? {} : { source: data.source }),
      ...(place === undefined ? {} : { place }),
    })
    message.file = file.path
    message.fatal = data.fatal
    if (data.actual !== undefined) message.actual = data.actual
    file.messages.push(message)
  }
}
