import { firstOccurrences } from './exact-duplicates.js'
import type { Fingerprint } from './fingerprint.js'
import { scanBandCandidates } from './lsh-candidates.js'
import { lshParameters } from './lsh-parameters.js'
import { signaturesAtLeast } from './similarity.js'
import { groupByLabel, UnionFind } from './union-find.js'

/**
 * Default similarity threshold for `groupFingerprints`, read off the quality
 * benchmark (`npx tsx bench/dedupe/quality.ts`: 470 synthetic ~800-word
 * articles in 160 families, copies edited at 0-20% with other sites'
 * boilerplate, plus independent articles on the same 8 topics). Exact
 * 5-shingle Jaccard there is 0.55-0.90 from a copy to its original, 0.41-0.90
 * between two copies, and at most 0.032 between independent same-topic
 * articles. Precision against the family ground truth is 1.000 at every
 * threshold 0.30-0.90; recall is 1.000 up to 0.50 with originals present,
 * but with the originals withheld (copies must link through each other) it
 * is 1.000 / 0.997 / 0.990 / 0.943 / 0.839 at 0.35 / 0.40 / 0.45 / 0.50 /
 * 0.55 (seeds 2-4: 1.000 at 0.40). 0.40 keeps that recall while staying
 * 12x above the largest unrelated-article similarity, and 0.30-0.45 all use
 * the same LSH banding (64 bands x 2 rows): going higher in that range
 * saves no LSH work.
 */
export const DEFAULT_THRESHOLD = 0.4

export interface GroupOptions {
  /** Minimum estimated similarity (fraction of equal signature slots) to join two documents. */
  readonly threshold: number
  /** LSH bands; derived from the threshold with `lshParameters` when omitted. */
  readonly bands?: number
  /** LSH rows per band; derived from the threshold with `lshParameters` when omitted. */
  readonly rows?: number
}

function resolveBanding(options: GroupOptions, length: number): { bands: number; rows: number } {
  const { bands, rows } = options
  if (bands === undefined && rows === undefined) return lshParameters(options.threshold, length)
  const r = rows ?? Math.max(1, Math.floor(length / (bands as number)))
  const b = bands ?? Math.floor(length / r)
  if (!Number.isInteger(b) || !Number.isInteger(r) || b < 1 || r < 1 || b * r > length) {
    throw new RangeError(`bands * rows must be within 1..${length}, got ${b} x ${r}`)
  }
  return { bands: b, rows: r }
}

/**
 * Groups near-duplicate documents. Returns arrays of input indices: every
 * index in exactly one group (singletons included), each group ascending,
 * groups ordered by their first index.
 *
 * 1. Exact fast path: fingerprints with the same `exact` key are joined
 *    directly; only the first of each key takes part in LSH.
 * 2. LSH banding (`lsh-candidates.ts`) proposes candidate pairs; each is
 *    verified with estimated similarity >= threshold (the same test as
 *    `estimateSimilarity`, stopping early) and joined with union-find. The
 *    result is single-linkage clustering over verified pairs.
 *
 * Deterministic: no randomness and no Map iteration order is involved, so the
 * same input always gives the same output. Permuting the input gives the same
 * groups (mapped back) except in rare non-transitive cases (A ~ B, B ~ C,
 * A !~ C) where the cap on bucket representatives decides which pairs are
 * compared.
 */
export function groupFingerprints(
  fingerprints: readonly Fingerprint[],
  options: GroupOptions,
): number[][] {
  const { threshold } = options
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be within (0, 1], got ${threshold}`)
  }
  const n = fingerprints.length
  if (n === 0) return []
  const length = (fingerprints[0] as Fingerprint).signature.length
  const keys: string[] = new Array(n)
  for (let i = 0; i < n; i++) {
    const fp = fingerprints[i] as Fingerprint
    if (fp.signature.length !== length) {
      throw new RangeError(`fingerprint ${i} has ${fp.signature.length} slots, expected ${length}`)
    }
    keys[i] = fp.exact
  }
  const { bands, rows } = resolveBanding(options, length)

  // 1. Exact duplicates share one "unique" document; only those enter LSH.
  const first = firstOccurrences(keys)
  const uniqueOf = new Int32Array(n)
  const signatures: Uint32Array[] = []
  for (let i = 0; i < n; i++) {
    const j = first[i] as number
    if (j === i) {
      uniqueOf[i] = signatures.length
      signatures.push((fingerprints[i] as Fingerprint).signature)
    } else {
      uniqueOf[i] = uniqueOf[j] as number
    }
  }

  // 2. LSH candidates, verified, joined. A pair seen in an earlier band is
  // recognised by `lastLinked` without touching the union-find.
  const unique = signatures.length
  const unionFind = new UnionFind(unique)
  const lastLinked = new Int32Array(unique).fill(-1)
  scanBandCandidates(signatures, bands, rows, (member, representative) => {
    if (lastLinked[member] === representative) return true
    if (unionFind.find(member) !== unionFind.find(representative)) {
      const a = signatures[member] as Uint32Array
      const b = signatures[representative] as Uint32Array
      if (!signaturesAtLeast(a, b, threshold)) return false
      unionFind.union(member, representative)
    }
    lastLinked[member] = representative
    return true
  })

  const labels = new Int32Array(n)
  for (let i = 0; i < n; i++) labels[i] = unionFind.find(uniqueOf[i] as number)
  return groupByLabel(labels, unique)
}
