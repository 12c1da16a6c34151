import { fmix32 } from './hash-primitives.js'

/**
 * LSH banding over MinHash signatures, producing candidate pairs.
 *
 * For each band the `rows` slots are hashed into one 32-bit key and the
 * documents are bucketed by key in an open-addressing table on typed arrays
 * (reused for every band: no Map, no per-bucket arrays, nothing whose
 * iteration order could matter). Documents are visited in index order.
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

/** Hash of the `rows` signature slots starting at `start`. */
export function bandKey(signature: Uint32Array, start: number, rows: number): number {
  let h = Math.imul(start + 1, 0x9e3779b1)
  for (let k = start; k < start + rows; k++) {
    h = Math.imul(h ^ (signature[k] as number), 0x85ebca6b)
    h ^= h >>> 13
  }
  return fmix32(h)
}

export function scanBandCandidates(
  signatures: readonly Uint32Array[],
  bands: number,
  rows: number,
  visit: CandidateVisitor,
): void {
  const n = signatures.length
  if (n < 2) return
  let capacity = 16
  while (capacity < n * 2) capacity *= 2
  const mask = capacity - 1
  const slotKey = new Int32Array(capacity)
  const slotHead = new Int32Array(capacity)
  const slotReps = new Uint8Array(capacity)
  const nextRep = new Int32Array(n)

  for (let band = 0; band < bands; band++) {
    const start = band * rows
    slotHead.fill(-1)
    for (let i = 0; i < n; i++) {
      const key = bandKey(signatures[i] as Uint32Array, start, rows)
      let slot = key & mask
      while (slotHead[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & mask
      const head = slotHead[slot] as number
      if (head === -1) {
        slotKey[slot] = key
        slotHead[slot] = i
        slotReps[slot] = 1
        nextRep[i] = -1
        continue
      }
      let settled = false
      let last = head
      for (let rep = head; rep !== -1; rep = nextRep[rep] as number) {
        if (visit(i, rep)) {
          settled = true
          break
        }
        last = rep
      }
      if (!settled && (slotReps[slot] as number) < MAX_BUCKET_REPRESENTATIVES) {
        nextRep[last] = i
        nextRep[i] = -1
        slotReps[slot] = (slotReps[slot] as number) + 1
      }
    }
  }
}
