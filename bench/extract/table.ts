/** Print rows as aligned columns; the first row is the header. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const header = rows[0] ?? []
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

export function fixed3(value: number): string {
  return value.toFixed(3)
}

/** F1 of one page from the scorer's precision and recall (0 when either is missing or 0). */
export function pageF1(score: { precision: number | null; recall: number | null }): number {
  const p = score.precision ?? 0
  const r = score.recall ?? 0
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}
