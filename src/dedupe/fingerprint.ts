import { exactKey } from './exact-duplicates.js'
import { onePermutationSignature } from './one-permutation-hash.js'
import { shingleHashes } from './shingle-hashes.js'
import { hashWords } from './word-hashes.js'

export interface Fingerprint {
  /** 16 hex digits: two independent 32-bit hashes of the normalized text (exact-duplicate fast path). */
  readonly exact: string
  /** MinHash signature, length = numPermutations (default 128). */
  readonly signature: Uint32Array
  /** Number of word tokens in the normalized text. */
  readonly tokens: number
}

export interface FingerprintOptions {
  /** Words per shingle (default 5). */
  readonly shingleSize?: number
  /** MinHash signature length (default 128). */
  readonly numPermutations?: number
}

export const DEFAULT_SHINGLE_SIZE = 5
export const DEFAULT_NUM_PERMUTATIONS = 128

function positiveInteger(value: number, name: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${name} must be an integer in 1..${max}, got ${value}`)
  }
  return value
}

/**
 * Fingerprint of raw (cleaned) body text: the text is normalized (same result
 * as `normalizeText`, computed on the fly by `encodeForTokenizer`), hashed for the
 * exact-duplicate key, cut into word shingles of `shingleSize` words and
 * reduced to a MinHash signature by one-permutation hashing with optimal
 * densification (`one-permutation-hash.ts`; classic 128-function MinHash was
 * measured too slow for the 10k docs/s target, see `bench/dedupe/minhash.ts`).
 */
export function fingerprint(text: string, options: FingerprintOptions = {}): Fingerprint {
  const shingleSize = positiveInteger(
    options.shingleSize ?? DEFAULT_SHINGLE_SIZE,
    'shingleSize',
    1024,
  )
  const numPermutations = positiveInteger(
    options.numPermutations ?? DEFAULT_NUM_PERMUTATIONS,
    'numPermutations',
    65536,
  )
  const words = hashWords(text)
  const shingles = shingleHashes(words.hashes, words.count, shingleSize)
  return {
    exact: exactKey(words.hashes, words.count),
    signature: onePermutationSignature(shingles.hashes, shingles.count, numPermutations),
    tokens: words.count,
  }
}
