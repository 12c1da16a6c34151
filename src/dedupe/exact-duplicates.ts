import { FNV_OFFSET, FNV_PRIME, fmix32, hex32 } from './hash-primitives.js'

/**
 * The exact-duplicate fast path: the key stored in `Fingerprint.exact`
 * (`exactKey`) and the detection of equal keys in a batch (`firstOccurrences`).
 */

/**
 * The exact-duplicate key: two independent 32-bit hash chains over the
 * sequence of word hashes of the normalized text (each word hash is FNV-1a
 * over the word's UTF-8 bytes + fmix32, see `word-hashes.ts`), finalized with
 * the word count and printed as 16 hex digits. The normalized text is exactly
 * its words joined by single spaces, so equal normalized texts always get
 * equal keys.
 *
 * Two different texts share a key only if every differing word pair collides
 * in the 32-bit word hash (p ≈ 2^-32 per word, and such texts are
 * near-identical anyway) or both 32-bit chains collide at once (p ≈ 2^-64).
 * Working on word hashes instead of characters makes the key almost free.
 */
export function exactKey(words: Uint32Array, count: number): string {
  let h1 = 0x3c6ef372 | 0
  let h2 = 0x1b873593 | 0
  for (let i = 0; i < count; i++) {
    const w = words[i] as number
    h1 = Math.imul(h1 ^ w, 0x9e3779b1)
    h2 = Math.imul(h2 ^ ((w << 11) | (w >>> 21)), 0x85ebca6b) ^ (h2 >>> 15)
  }
  return hex32(fmix32(h1 ^ count)) + hex32(fmix32(h2 ^ Math.imul(count + 1, 0xcc9e2d51)))
}

/**
 * Exact-duplicate detection over the fingerprints' `exact` keys.
 *
 * Returns, for every position i, the first position j <= i whose key equals
 * keys[i] (j === i for the first occurrence). Uses an open-addressing table
 * on typed arrays keyed by a 32-bit hash of the string; strings are compared
 * only when their hashes match. For a million keys this is several times
 * faster than a Map<string, number> and allocates three typed arrays only.
 */

function hashString(value: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME)
  return fmix32(h ^ value.length)
}

export function firstOccurrences(keys: readonly string[]): Int32Array {
  const n = keys.length
  const first = new Int32Array(n)
  let capacity = 16
  while (capacity < n * 2) capacity *= 2
  const mask = capacity - 1
  const table = new Int32Array(capacity).fill(-1)
  const hashes = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string
    const h = hashString(key)
    hashes[i] = h
    let slot = h & mask
    for (;;) {
      const j = table[slot] as number
      if (j === -1) {
        table[slot] = i
        first[i] = i
        break
      }
      if (hashes[j] === h && keys[j] === key) {
        first[i] = j
        break
      }
      slot = (slot + 1) & mask
    }
  }
  return first
}
