import { splitmix32 } from '../../src/dedupe/hash-primitives.js'

/**
 * Classic MinHash over 32-bit shingle hashes with `numPermutations`
 * independent hash functions
 *
 *   h_i(x) = mix((a_i * x + b_i) mod 2^32),   mix(v) = v ^ (v >>> 15)
 *
 * with odd a_i and arbitrary b_i drawn from a fixed-seed splitmix32 stream
 * (never Math.random, so signatures are stable across runs and machines).
 * Slot i of the signature is min_x h_i(x) over all shingles x, compared as
 * signed 32-bit integers (any fixed total order gives a valid MinHash), and
 * stored as the same bits in a Uint32Array.
 *
 * For two sets A and B, P[slot i equal] = |A ∩ B| / |A ∪ B| (Jaccard), so the
 * fraction of equal slots estimates the Jaccard similarity with standard error
 * sqrt(J(1-J)/numPermutations) (≤ 0.044 for 128 slots).
 */

export const MINHASH_SEED = 0x5eed_d0c5

interface Coefficients {
  readonly a: Int32Array
  readonly b: Int32Array
}

const coefficientCache = new Map<number, Coefficients>()

export function minhashCoefficients(numPermutations: number): Coefficients {
  const cached = coefficientCache.get(numPermutations)
  if (cached !== undefined) return cached
  const next = splitmix32(MINHASH_SEED)
  const a = new Int32Array(numPermutations)
  const b = new Int32Array(numPermutations)
  for (let i = 0; i < numPermutations; i++) {
    a[i] = next() | 1
    b[i] = next()
  }
  const created = { a, b }
  coefficientCache.set(numPermutations, created)
  return created
}

/** Value of an empty slot (no shingles): the largest signed 32-bit integer. */
export const EMPTY_SLOT = 0x7fffffff

/**
 * MinHash signature of the first `count` entries of `shingles`.
 * Loop order is permutation-outer / shingle-inner so a_i, b_i and the running
 * minimum stay in registers while the shingles stream from one typed array.
 */
export function minhashSignature(
  shingles: Uint32Array,
  count: number,
  numPermutations: number,
): Uint32Array {
  const { a, b } = minhashCoefficients(numPermutations)
  const signed = new Int32Array(numPermutations)
  for (let i = 0; i < numPermutations; i++) {
    const ai = a[i] as number
    const bi = b[i] as number
    let min = EMPTY_SLOT
    for (let j = 0; j < count; j++) {
      let v = (Math.imul(ai, shingles[j] as number) + bi) | 0
      v ^= v >>> 15
      if (v < min) min = v
    }
    signed[i] = min
  }
  return new Uint32Array(signed.buffer)
}
