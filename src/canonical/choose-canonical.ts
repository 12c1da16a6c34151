import { compareStrings } from '../read/find-inputs.js'

export interface CanonicalCandidate {
  readonly path: string
  readonly date?: string
}

/**
 * The canonical member of a group: the earliest `date`, then the lowest path.
 * Members without a readable date come after those with one.
 */
export function chooseCanonical<T extends CanonicalCandidate>(members: readonly T[]): T {
  const sorted = [...members].sort((a, b) => {
    const dateA = a.date === undefined ? Number.NaN : Date.parse(a.date)
    const dateB = b.date === undefined ? Number.NaN : Date.parse(b.date)
    const hasA = !Number.isNaN(dateA)
    const hasB = !Number.isNaN(dateB)
    if (hasA !== hasB) return hasA ? -1 : 1
    if (hasA && hasB && dateA !== dateB) return dateA - dateB
    return compareStrings(a.path, b.path)
  })
  const first = sorted[0]
  if (!first) throw new Error('chooseCanonical needs at least one member')
  return first
}
