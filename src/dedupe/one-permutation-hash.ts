import { fmix32 } from './hash-primitives.js'

/**
 * One-permutation hashing (OPH, Li, Owen & Zhang 2012) with optimal
 * densification (Shrivastava 2017): the MinHash variant used by
 * `fingerprint`.
 *
 * Classic MinHash evaluates `numPermutations` hash functions per shingle
 * (128 x ~800 per article); on the reference machine that alone caps plain JS
 * at about 2.5-4k articles/s (see bench/dedupe/scale.ts, "classic MinHash"
 * row). OPH hashes each shingle once: the top bits of the (already fmix32
 * mixed) shingle hash pick one of K = numPermutations bins and the hash itself
 * is the value; each bin keeps its minimum. For two sets A and B every
 * non-empty bin agrees with probability J(A, B), as in MinHash.
 *
 * Bins that received no shingle are filled by optimal densification: empty
 * bin i probes bins j = g(i, attempt) mod K for attempt = 0, 1, ... with a
 * fixed hash g and copies the first non-empty bin's value. Because g is the
 * same for every document, two documents that both lack bin i copy from the
 * same j whenever they agree on which bins are empty, which keeps the
 * estimator unbiased with variance close to K-permutation MinHash. With ~800
 * shingles and 128 bins an article has on average 0.25 empty bins, so
 * densification matters only for short texts.
 *
 * An empty text (no shingles) gets all slots = EMPTY_SIGNATURE_SLOT.
 */

export const EMPTY_SIGNATURE_SLOT = 0xffffffff

let filled = new Uint8Array(256)

export function onePermutationSignature(
  shingles: Uint32Array,
  count: number,
  numPermutations: number,
): Uint32Array {
  const bins = numPermutations
  const signature = new Uint32Array(bins).fill(EMPTY_SIGNATURE_SLOT)
  if (count === 0) return signature
  if (filled.length < bins) filled = new Uint8Array(bins)
  const seen = filled
  seen.fill(0, 0, bins)
  // bin = floor(x * K / 2^32), computed exactly in doubles (x < 2^32, K <= 2^16).
  const scale = bins / 4294967296
  let used = 0
  for (let j = 0; j < count; j++) {
    const x = shingles[j] as number
    const bin = Math.floor(x * scale)
    if (seen[bin] === 0) {
      seen[bin] = 1
      used++
      signature[bin] = x
    } else if (x < (signature[bin] as number)) {
      signature[bin] = x
    }
  }
  if (used === bins) return signature
  for (let i = 0; i < bins; i++) {
    if (seen[i] === 1) continue
    for (let attempt = 0; ; attempt++) {
      const probe = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt + 1, 0x85ebca6b))
      const j = (probe >>> 0) % bins
      if (seen[j] === 1) {
        signature[i] = signature[j] as number
        break
      }
    }
  }
  return signature
}
