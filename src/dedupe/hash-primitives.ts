/**
 * Small 32-bit hashing building blocks shared by the dedupe modules.
 *
 * Everything here is plain `Math.imul` arithmetic so it stays monomorphic and
 * allocation free in V8's optimizing tiers. No hash library is called per
 * word or per shingle.
 */

/** FNV-1a 32-bit offset basis. */
export const FNV_OFFSET = 0x811c9dc5 | 0
/** FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193

/**
 * MurmurHash3 32-bit finalizer ("fmix32"): full avalanche of a 32-bit value.
 * Returns a signed 32-bit integer (use `>>> 0` for the unsigned view).
 */
export function fmix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h
}

/**
 * splitmix32: tiny, fast, deterministic PRNG with good statistical quality.
 * Returns a function producing unsigned 32-bit integers.
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return (z ^ (z >>> 15)) >>> 0
  }
}

/** Unsigned 32-bit value as 8 lower-case hex digits. */
export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
