import type { Fingerprint } from './fingerprint.js'

/**
 * Estimated Jaccard similarity of the two shingle sets: the fraction of
 * signature slots that are equal. Returns exactly 1 when the exact-duplicate
 * keys are equal. Both signatures must have the same length.
 */
export function estimateSimilarity(a: Fingerprint, b: Fingerprint): number {
  if (a.exact === b.exact) return 1
  return signatureAgreement(a.signature, b.signature)
}

/** Fraction of equal slots of two equally long signatures. */
export function signatureAgreement(a: Uint32Array, b: Uint32Array): number {
  const length = a.length
  if (length !== b.length) {
    throw new RangeError(`signature lengths differ: ${length} vs ${b.length}`)
  }
  if (length === 0) return 1
  let equal = 0
  for (let i = 0; i < length; i++) {
    if (a[i] === b[i]) equal++
  }
  return equal / length
}

/**
 * Whether at least `threshold` of the slots agree, stopping early as soon as
 * the answer is known. Used by grouping to verify LSH candidates cheaply.
 */
export function signaturesAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const length = a.length
  if (length !== b.length) {
    throw new RangeError(`signature lengths differ: ${length} vs ${b.length}`)
  }
  const allowedMisses = length - minimumAgreeingSlots(threshold, length)
  let misses = 0
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i] && ++misses > allowedMisses) return false
  }
  return true
}

/**
 * Smallest slot count e with e / length >= threshold, computed so that it is
 * exactly consistent with the floating point comparison in estimateSimilarity.
 */
export function minimumAgreeingSlots(threshold: number, length: number): number {
  let needed = Math.max(0, Math.min(length + 1, Math.ceil(threshold * length)))
  while (needed > 0 && (needed - 1) / length >= threshold) needed--
  while (needed <= length && needed / length < threshold) needed++
  return needed
}
