/**
 * Near-duplicate fingerprinting and grouping.
 *
 * fingerprint(text) -> { exact, signature, tokens }: normalized-text key for
 * exact duplicates plus a 128-slot MinHash-style signature of the word
 * 5-shingles (one-permutation hashing with optimal densification).
 * groupFingerprints(fingerprints, { threshold }) -> groups of indices, via an
 * exact-key fast path, LSH banding, verification and union-find.
 */

export type { Fingerprint, FingerprintOptions } from './fingerprint.js'
export { DEFAULT_NUM_PERMUTATIONS, DEFAULT_SHINGLE_SIZE, fingerprint } from './fingerprint.js'
export type { GroupOptions } from './group-fingerprints.js'
export { DEFAULT_THRESHOLD, groupFingerprints } from './group-fingerprints.js'
export type { LshParameters } from './lsh-parameters.js'
export {
  candidateProbability,
  lshParameters,
  MIN_CANDIDATE_PROBABILITY,
} from './lsh-parameters.js'
export { normalizeText } from './normalize-text.js'
export { estimateSimilarity } from './similarity.js'
