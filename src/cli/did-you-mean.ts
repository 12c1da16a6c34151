import { distance } from 'fastest-levenshtein'

/** Largest edit distance still worth suggesting, per character of what was typed. */
const MAX_DISTANCE_PER_CHAR = 0.4

/**
 * The known name closest to a mistyped one, as remark-cli and eslint suggest
 * a flag: `undefined` when none is close enough to be a typo.
 */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(typed.length * MAX_DISTANCE_PER_CHAR))
  for (const name of known) {
    if (name.startsWith(typed) || typed.startsWith(name)) return name
    const d = distance(typed, name)
    if (d <= bestDistance) {
      best = name
      bestDistance = d - 1
    }
  }
  return best
}

/** `; did you mean 'X'?` or nothing. */
export function suggestion(typed: string, known: readonly string[]): string {
  const match = didYouMean(typed, known)
  return match === undefined ? '' : `; did you mean '${match}'?`
}
