import { fmix32, hex32 } from './hash-primitives.js'

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
