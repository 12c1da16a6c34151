import { type PlacedRemoval, removalRanges } from './highlight-source.js'

/** Share (0–1) of the text's non-white-space characters that the removals cover. */
export function removedShareOfText(text: string, removals: readonly PlacedRemoval[]): number {
  const covered = new Uint8Array(text.length)
  for (const range of removalRanges(text, removals)) covered.fill(1, range.start, range.end)
  let total = 0
  let removed = 0
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text[index] ?? ' ')) continue
    total++
    removed += covered[index] ?? 0
  }
  return total === 0 ? 0 : removed / total
}
