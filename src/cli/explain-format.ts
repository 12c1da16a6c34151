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
    .filter(
      (message) => message.source === 'winnow' && message.fatal === undefined && message.ruleId,
    )
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

/** `file:line:col  rule-id  reason  "preview…"`, one removal per line, then a summary. */
export function formatExplanation(explained: readonly Explained[]): string {
  const lines: string[] = []
  let total = 0
  for (const entry of explained) {
    if (entry.status !== 'ok') lines.push(`${entry.path}  ${entry.status}  ${entry.reason ?? ''}`)
    const rows = entry.removals.map((removal) => [
      `${entry.path}:${removal.line ?? 1}:${removal.column ?? 1}`,
      removal.ruleId,
      removal.reason,
      JSON.stringify(removal.preview),
    ])
    const widths = [0, 1].map((column) =>
      Math.max(0, ...rows.map((row) => row[column]?.length ?? 0)),
    )
    for (const row of rows) {
      lines.push(
        row
          .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell))
          .join('  '),
      )
    }
    total += rows.length
  }
  lines.push(
    `${total} removal${total === 1 ? '' : 's'} in ${explained.length} file${explained.length === 1 ? '' : 's'}`,
  )
  return `${lines.join('\n')}\n`
}
