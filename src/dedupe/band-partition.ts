/**
 * Per-band preparation for LSH bucketing (see `lsh-candidates.ts`): a
 * prefilter that drops documents whose band key nobody else has, and a stable
 * counting sort of the remaining documents into cache-sized partitions by the
 * top bits of their key. All on reusable typed arrays.
 */

export interface Scratch {
  /** Two bitsets over the low `filterBits` bits of the key: seen once, seen again. */
  readonly seenOnce: Int32Array
  readonly seenTwice: Int32Array
  readonly filterMask: number
  /** Documents whose key (low bits) occurs at least twice in the band, ascending. */
  readonly shared: Int32Array
  readonly partitionBits: number
  readonly starts: Int32Array
  readonly cursor: Int32Array
  readonly order: Int32Array
  readonly sortedKeys: Int32Array
  readonly used: Int32Array
  readonly nextRep: Int32Array
  /** Per slot [key, first representative, representative count]; count 0 = empty. */
  table: Int32Array
}

/**
 * Prefilter: most documents have a band key nobody else has. Two bitsets over
 * the key's low bits find the documents whose key bits occur at least twice
 * (true collisions plus a few false positives); only those are bucketed.
 * Returns how many were written to `s.shared` (ascending).
 */
export function sharedKeyDocuments(
  keys: Int32Array,
  offset: number,
  n: number,
  s: Scratch,
): number {
  const { seenOnce, seenTwice, filterMask, shared } = s
  seenOnce.fill(0)
  seenTwice.fill(0)
  for (let i = 0; i < n; i++) {
    const h = (keys[offset + i] as number) & filterMask
    const word = h >>> 5
    const bit = 1 << (h & 31)
    const once = seenOnce[word] as number
    if ((once & bit) !== 0) seenTwice[word] = (seenTwice[word] as number) | bit
    else seenOnce[word] = once | bit
  }
  let count = 0
  for (let i = 0; i < n; i++) {
    const h = (keys[offset + i] as number) & filterMask
    if (((seenTwice[h >>> 5] as number) & (1 << (h & 31))) !== 0) shared[count++] = i
  }
  return count
}

/** Stable counting sort of the shared documents by the top bits of their key. */
export function partitionByKey(keys: Int32Array, offset: number, count: number, s: Scratch): void {
  const { partitionBits, starts, cursor, order, sortedKeys, shared } = s
  const partitions = cursor.length
  const shift = 32 - partitionBits
  starts.fill(0)
  for (let k = 0; k < count; k++) {
    const i = shared[k] as number
    const part = partitionBits === 0 ? 0 : (keys[offset + i] as number) >>> shift
    starts[part + 1] = (starts[part + 1] as number) + 1
  }
  for (let p = 0; p < partitions; p++) {
    starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number)
    cursor[p] = starts[p] as number
  }
  for (let k = 0; k < count; k++) {
    const i = shared[k] as number
    const key = keys[offset + i] as number
    const part = partitionBits === 0 ? 0 : key >>> shift
    const at = cursor[part] as number
    order[at] = i
    sortedKeys[at] = key
    cursor[part] = at + 1
  }
}

/** Documents per partition: small enough for the bucket table to stay in cache. */
const PARTITION_TARGET = 4096

/** Scratch arrays for `n` documents, reused for every band. */
export function createScratch(n: number): Scratch {
  let partitionBits = 0
  while (n >>> partitionBits > PARTITION_TARGET && partitionBits < 16) partitionBits++
  let filterBits = 10
  while (filterBits < 26 && 2 ** filterBits < n * 16) filterBits++
  return {
    seenOnce: new Int32Array(2 ** (filterBits - 5)),
    seenTwice: new Int32Array(2 ** (filterBits - 5)),
    filterMask: 2 ** filterBits - 1,
    shared: new Int32Array(n),
    partitionBits,
    starts: new Int32Array((1 << partitionBits) + 1),
    cursor: new Int32Array(1 << partitionBits),
    order: new Int32Array(n),
    sortedKeys: new Int32Array(n),
    used: new Int32Array(n),
    nextRep: new Int32Array(n),
    table: new Int32Array(48),
  }
}
