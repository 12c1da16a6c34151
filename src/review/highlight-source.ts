import { escapeHtml } from './escape.js'

/** A removal with its place in the source text (1-based lines and columns, end exclusive). */
export interface PlacedRemoval {
  readonly id: number
  readonly ruleId: string
  readonly reason: string
  readonly line: number
  readonly column: number
  readonly endLine?: number
  readonly endColumn?: number
}

/** A removal's place as offsets in the text (end exclusive). */
export interface RemovalRange {
  readonly removal: PlacedRemoval
  readonly start: number
  readonly end: number
}

/** Every removal's range in `text`; see `toRange` for removals with no end. */
export function removalRanges(text: string, removals: readonly PlacedRemoval[]): RemovalRange[] {
  const lineStarts = findLineStarts(text)
  return removals.map((removal) => toRange(text, lineStarts, removal))
}

/** A stretch of the source left out of the page (a long script), with what it was. */
export interface Elision {
  readonly start: number
  readonly end: number
  /** What was left out, e.g. `script`. */
  readonly what: string
}

/**
 * The source text, HTML-escaped, with every removed range wrapped in
 * `<mark data-rule="…">` and labelled with its rule id where it starts.
 * Overlapping ranges are split into segments that list every rule they are in.
 * Elided stretches (which no removal touches) become a short note.
 */
export function highlightSource(
  text: string,
  removals: readonly PlacedRemoval[],
  elisions: readonly Elision[] = [],
): string {
  const ranges = removalRanges(text, removals)
  const boundaries = [
    ...new Set([
      0,
      text.length,
      ...ranges.flatMap((range) => [range.start, range.end]),
      ...elisions.flatMap((elision) => [elision.start, elision.end]),
    ]),
  ].sort((a, b) => a - b)
  let html = ''
  for (let index = 0; index < boundaries.length; index++) {
    const from = boundaries[index] ?? 0
    for (const range of ranges) {
      if (range.start === from && range.end === from) html += emptyMark(range.removal)
    }
    const to = boundaries[index + 1]
    if (to === undefined) break
    const elision = elisions.find((stretch) => stretch.start <= from && to <= stretch.end)
    if (elision) {
      if (from === elision.start)
        html += `<span class="elided">[${(elision.end - elision.start).toLocaleString('en')} characters of ${escapeHtml(elision.what)} not shown]</span>`
      continue
    }
    const active = ranges.filter((range) => range.start <= from && range.end >= to)
    const chunk = escapeHtml(text.slice(from, to))
    if (active.length === 0) {
      html += chunk
      continue
    }
    const rules = [...new Set(active.map((range) => range.removal.ruleId))]
    const reasons = [
      ...new Set(active.map((range) => `${range.removal.ruleId}: ${range.removal.reason}`)),
    ]
    const labels = active
      .filter((range) => range.start === from)
      .map((range) => ruleLabel(range.removal))
      .join('')
    html += `<mark data-rule="${escapeHtml(rules.join(' '))}" title="${escapeHtml(reasons.join('\n'))}">${labels}${chunk}</mark>`
  }
  return html
}

export function ruleLabel(removal: PlacedRemoval): string {
  return `<span class="rule-label" data-removal="${removal.id}">${escapeHtml(removal.ruleId)}</span>`
}

/** A removal of nothing visible (an empty line's residue): its label alone. */
function emptyMark(removal: PlacedRemoval): string {
  return `<mark data-rule="${escapeHtml(removal.ruleId)}" title="${escapeHtml(`${removal.ruleId}: ${removal.reason}`)}">${ruleLabel(removal)}</mark>`
}

/** Offsets where each line starts; CRLF, CR and LF each end a line. */
export function findLineStarts(text: string): number[] {
  const starts = [0]
  const pattern = /\r\n|\r|\n/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    starts.push(match.index + match[0].length)
  return starts
}

function offsetOf(
  text: string,
  lineStarts: readonly number[],
  line: number,
  column: number,
): number {
  const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0
  return Math.min(Math.max(start + column - 1, 0), text.length)
}

/** A removal's range; one without an end (or an empty one) runs to the end of its line. */
function toRange(
  text: string,
  lineStarts: readonly number[],
  removal: PlacedRemoval,
): RemovalRange {
  const start = offsetOf(text, lineStarts, removal.line, removal.column)
  let end =
    removal.endLine === undefined || removal.endColumn === undefined
      ? start
      : offsetOf(text, lineStarts, removal.endLine, removal.endColumn)
  if (end <= start) {
    const next = lineStarts.find((lineStart) => lineStart > start)
    end = next === undefined ? text.length : next
    // A line ending is left outside the mark.
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--
  }
  return { removal, start, end: Math.max(end, start) }
}
