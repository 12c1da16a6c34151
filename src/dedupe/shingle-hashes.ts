import { fmix32 } from './hash-primitives.js'

/**
 * Word-shingle hashes from the word hashes produced by `hashWords`.
 *
 * The window of the last `shingleSize` word hashes is combined into a
 * polynomial rolling hash
 *
 *   H(w_0 .. w_{k-1}) = sum_j w_j * P^(k-1-j)   (mod 2^32)
 *
 * updated in O(1) per word: H' = (H - w_old * P^(k-1)) * P + w_new, where
 * w_old is read back from the word-hash buffer k positions earlier (the
 * buffer is the ring). Each emitted shingle hash is fmix32(H ^ k) so its bits
 * are well mixed before MinHash. A text with fewer than `shingleSize` words
 * (but at least one) yields a single shingle covering all of its words; an
 * empty text yields none. Duplicated shingles are emitted again (MinHash
 * ignores duplicates).
 */

const ROLL_PRIME = 0x9e3779b1 | 0

export interface ShingleHashes {
  /** Scratch buffer, valid until the next call; only the first `count` entries are meaningful. */
  readonly hashes: Uint32Array
  /** Number of shingle hashes written. */
  readonly count: number
}

let scratch = new Uint32Array(2048)

function powMod32(base: number, exponent: number): number {
  let result = 1
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base)
  return result
}

export function shingleHashes(
  words: Uint32Array,
  wordCount: number,
  shingleSize: number,
): ShingleHashes {
  const k = shingleSize
  if (scratch.length < wordCount + 1)
    scratch = new Uint32Array(Math.max(wordCount + 1, scratch.length * 2))
  const out = scratch
  let rolling = 0
  const warmup = Math.min(k, wordCount)
  for (let i = 0; i < warmup; i++)
    rolling = (Math.imul(rolling, ROLL_PRIME) + (words[i] as number)) | 0
  if (wordCount === 0) return { hashes: out, count: 0 }
  if (wordCount < k) {
    out[0] = fmix32(rolling ^ Math.imul(wordCount, 0x632be5ab))
    return { hashes: out, count: 1 }
  }
  const topPower = powMod32(ROLL_PRIME, k - 1)
  out[0] = fmix32(rolling ^ k)
  let count = 1
  for (let i = k; i < wordCount; i++) {
    const old = words[i - k] as number
    rolling = (Math.imul(rolling - Math.imul(old, topPower), ROLL_PRIME) + (words[i] as number)) | 0
    out[count++] = fmix32(rolling ^ k)
  }
  return { hashes: out, count }
}
