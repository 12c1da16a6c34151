import type { Explained } from '../explain/explain-file.js'

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
