import { compareStrings } from '../read/find-inputs.js'

export interface CanonicalCandidate {
  readonly path: string
  readonly date?: string
  /** Length of the cleaned body text, for the `longest` policy. */
  readonly length: number
}

/** Which member of a group becomes the canonical article. */
export type CanonicalPolicy = 'earliest' | 'newest' | 'longest'

export const CANONICAL_POLICIES: readonly CanonicalPolicy[] = ['earliest', 'newest', 'longest']

/**
 * The canonical member of a group. `earliest` (the default) takes the earliest
 * `date`, `newest` the latest, `longest` the longest cleaned body; ties go to
 * the lowest path. Members without a readable date come after those with one.
 */
export function chooseCanonical<T extends CanonicalCandidate>(
  members: readonly T[],
  policy: CanonicalPolicy = 'earliest',
): T {
  const sorted = [...members].sort((a, b) => {
    if (policy === 'longest' && a.length !== b.length) return b.length - a.length
    const dateA = a.date === undefined ? Number.NaN : Date.parse(a.date)
    const dateB = b.date === undefined ? Number.NaN : Date.parse(b.date)
    const hasA = !Number.isNaN(dateA)
    const hasB = !Number.isNaN(dateB)
    if (policy !== 'longest' && hasA !== hasB) return hasA ? -1 : 1
    if (policy !== 'longest' && hasA && hasB && dateA !== dateB)
      return policy === 'newest' ? dateB - dateA : dateA - dateB
    return compareStrings(a.path, b.path)
  })
  const first = sorted[0]
  if (!first) throw new Error('chooseCanonical needs at least one member')
  return first
}
