import {
  createScratch,
  partitionByKey,
  type Scratch,
  sharedKeyDocuments,
} from './band-partition.js'

/**
 * LSH banding over MinHash signatures, producing candidate pairs.
 *
 * For each band the `rows` slots are hashed into one 32-bit key and the
 * documents are bucketed by key, all on typed arrays (no Map, no per-bucket
 * arrays, nothing whose iteration order could matter):
 * - keys are computed BAND_CHUNK bands at a time, so each signature (they
 *   are scattered in memory) is read once per chunk rather than once per band;
 * - per band, a two-bitset prefilter keeps only documents whose key may be
 *   shared (most documents are alone in their bucket), a stable counting sort
 *   splits those by the top bits of the key into cache-sized partitions
 *   (`band-partition.ts`), and each partition is bucketed with a small
 *   open-addressing table (one table for a million documents made every
 *   probe a cache miss: 2-3x slower).
 * Members of a bucket are therefore visited in ascending index order, and
 * the whole scan depends only on the signatures and their order.
 *
 * Work per bucket is capped: a bucket keeps at most
 * MAX_BUCKET_REPRESENTATIVES representatives (its first members that did not
 * join an earlier representative). A new member is offered to the
 * representatives in order until `visit` accepts it (already in the same
 * group, or verified similar and joined); a member accepted by nobody becomes
 * a representative while there is room. So each document costs at most
 * MAX_BUCKET_REPRESENTATIVES verifications per band, even when thousands of
 * copies share a bucket, instead of all pairs.
 */

export const MAX_BUCKET_REPRESENTATIVES = 4

/** Receives (new member, earlier representative); returns true when the member is settled. */
export type CandidateVisitor = (member: number, representative: number) => boolean

/**
 * Hash of the `rows` signature slots starting at `start`. Slots are already
 * uniformly distributed hash values, so a multiply-xor chain with one final
 * avalanche step is enough; the partitioning uses the top bits of the key and
 * the prefilter and bucket tables the low bits.
 */
export function bandKey(signature: Uint32Array, start: number, rows: number): number {
  let h = 0x9e3779b1 | 0
  for (let k = start; k < start + rows; k++) h = Math.imul(h ^ (signature[k] as number), 0x85ebca6b)
  h ^= h >>> 15
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** Bands whose keys are computed together in one pass over the signatures. */
const BAND_CHUNK = 16
/** Int32 fields per bucket-table slot: key, first representative, representative count. */
const SLOT = 3

/** Band keys of bands firstBand..firstBand+chunk-1, band-major: keys[c * n + i]. */
function computeBandKeys(
  signatures: readonly Uint32Array[],
  firstBand: number,
  chunk: number,
  rows: number,
  keys: Int32Array,
): void {
  const n = signatures.length
  for (let i = 0; i < n; i++) {
    const signature = signatures[i] as Uint32Array
    for (let c = 0; c < chunk; c++) {
      keys[c * n + i] = bandKey(signature, (firstBand + c) * rows, rows)
    }
  }
}

/** Buckets sorted positions begin..end-1 (one partition) and offers candidates to `visit`. */
function bucketPartition(begin: number, end: number, s: Scratch, visit: CandidateVisitor): void {
  const { order, sortedKeys, used, nextRep } = s
  let capacity = 16
  while (capacity < (end - begin) * 2) capacity *= 2
  if (s.table.length < capacity * SLOT) s.table = new Int32Array(capacity * SLOT)
  const table = s.table
  const mask = capacity - 1
  const wrap = capacity * SLOT
  let usedCount = 0
  for (let o = begin; o < end; o++) {
    const i = order[o] as number
    const key = sortedKeys[o] as number
    let slot = (key & mask) * SLOT
    let reps = table[slot + 2] as number
    while (reps !== 0 && table[slot] !== key) {
      slot += SLOT
      if (slot === wrap) slot = 0
      reps = table[slot + 2] as number
    }
    if (reps === 0) {
      table[slot] = key
      table[slot + 1] = i
      table[slot + 2] = 1
      used[usedCount++] = slot
      continue
    }
    let rep = table[slot + 1] as number
    let settled = visit(i, rep)
    for (let k = 1; k < reps && !settled; k++) {
      rep = nextRep[rep] as number
      settled = visit(i, rep)
    }
    if (!settled && reps < MAX_BUCKET_REPRESENTATIVES) {
      nextRep[rep] = i
      table[slot + 2] = reps + 1
    }
  }
  for (let u = 0; u < usedCount; u++) table[(used[u] as number) + 2] = 0
}

export function scanBandCandidates(
  signatures: readonly Uint32Array[],
  bands: number,
  rows: number,
  visit: CandidateVisitor,
): void {
  const n = signatures.length
  if (n < 2) return
  const scratch = createScratch(n)
  const keys = new Int32Array(Math.min(BAND_CHUNK, bands) * n)
  for (let firstBand = 0; firstBand < bands; firstBand += BAND_CHUNK) {
    const chunk = Math.min(BAND_CHUNK, bands - firstBand)
    computeBandKeys(signatures, firstBand, chunk, rows, keys)
    for (let c = 0; c < chunk; c++) {
      const count = sharedKeyDocuments(keys, c * n, n, scratch)
      if (count < 2) continue
      partitionByKey(keys, c * n, count, scratch)
      const { starts } = scratch
      for (let p = 0; p + 1 < starts.length; p++) {
        const begin = starts[p] as number
        const end = starts[p + 1] as number
        if (end - begin > 1) bucketPartition(begin, end, scratch, visit)
      }
    }
  }
}
