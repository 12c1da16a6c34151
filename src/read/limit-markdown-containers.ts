/**
 * Deepest nesting of Markdown block quotes and lists winnow parses. Real
 * articles nest lists a few levels; the cleaning rules walk every level.
 */
export const MAX_CONTAINER_DEPTH = 32

/** A block quote marker or a list item marker, with the white space before it. */
const containerMarker = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t\n]|$))/y

export interface LimitedContainers {
  /** The text with every over-deep container marker blanked (same length). */
  readonly text: string
  readonly dropped: number
  readonly firstDropped?: number
}

/**
 * Bound how deeply Markdown block quotes and lists nest. A line's depth is
 * estimated as half its indentation (a nested list item needs at least two
 * more columns) plus the `>` and list markers at its start; markers beyond
 * `maxDepth` are blanked, so the line continues the block it is in instead
 * of opening a deeper one. `> > > … x` and `- - - … x` 10,000 times deep
 * become a quote or list `maxDepth` deep.
 */
export function limitMarkdownContainers(
  text: string,
  maxDepth: number = MAX_CONTAINER_DEPTH,
): LimitedContainers {
  const blanked: [number, number][] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart)
    const end = lineEnd === -1 ? text.length : lineEnd
    if (end - lineStart >= maxDepth) blankDeepMarkers(text, lineStart, maxDepth, blanked)
    lineStart = end + 1
  }
  if (blanked.length === 0) return { text, dropped: 0 }
  const parts: string[] = []
  let at = 0
  for (const [start, end] of blanked) {
    parts.push(text.slice(at, start), ' '.repeat(end - start))
    at = end
  }
  parts.push(text.slice(at))
  return { text: parts.join(''), dropped: blanked.length, firstDropped: blanked[0]?.[0] ?? 0 }
}

/** Blank the markers of one line that sit deeper than `maxDepth`. */
function blankDeepMarkers(
  text: string,
  lineStart: number,
  maxDepth: number,
  blanked: [number, number][],
): void {
  let depth = Math.floor(indentWidth(text, lineStart) / 2)
  containerMarker.lastIndex = lineStart
  let match = containerMarker.exec(text)
  while (match) {
    depth++
    if (depth > maxDepth) {
      const markerStart = match.index + match[0].length - match[0].trimStart().length
      blanked.push([markerStart, match.index + match[0].length])
    }
    match = containerMarker.exec(text)
  }
}

/** Columns of white space at the start of a line (a tab goes to the next multiple of 4). */
function indentWidth(text: string, lineStart: number): number {
  let width = 0
  for (let index = lineStart; index < text.length; index++) {
    const char = text[index]
    if (char === ' ') width++
    else if (char === '\t') width += 4 - (width % 4)
    else break
  }
  return width
}
