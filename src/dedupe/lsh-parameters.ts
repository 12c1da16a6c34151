/**
 * Choice of LSH banding parameters for a similarity threshold.
 *
 * A signature of n slots is cut into b bands of r rows (b * r <= n). Two
 * documents become a candidate pair when all r slots of at least one band
 * agree. Each slot agrees with probability t = Jaccard similarity, so
 *
 *   P(candidate | t) = 1 - (1 - t^r)^b,   b = floor(n / r)
 *
 * Larger r makes the curve steeper and pushes it to the right: fewer
 * dissimilar pairs become candidates (less verification work) but pairs at
 * the threshold risk being missed. We choose the largest r whose candidate
 * probability at exactly t = threshold is still at least
 * MIN_CANDIDATE_PROBABILITY; pairs above the threshold are then found with
 * even higher probability. If no r qualifies (very low thresholds), r = 1,
 * b = n, the most sensitive setting, is returned.
 */

/** Minimum probability that a pair with Jaccard exactly = threshold becomes a candidate. */
export const MIN_CANDIDATE_PROBABILITY = 0.99

export interface LshParameters {
  readonly bands: number
  readonly rows: number
}

/** 1 - (1 - t^r)^b: probability that a pair of similarity t shares at least one band. */
export function candidateProbability(similarity: number, bands: number, rows: number): number {
  return 1 - (1 - similarity ** rows) ** bands
}

export function lshParameters(threshold: number, numPermutations: number): LshParameters {
  if (!Number.isInteger(numPermutations) || numPermutations < 1) {
    throw new RangeError(`numPermutations must be a positive integer, got ${numPermutations}`)
  }
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be within [0, 1], got ${threshold}`)
  }
  for (let rows = numPermutations; rows > 1; rows--) {
    const bands = Math.floor(numPermutations / rows)
    if (candidateProbability(threshold, bands, rows) >= MIN_CANDIDATE_PROBABILITY) {
      return { bands, rows }
    }
  }
  return { bands: numPermutations, rows: 1 }
}
