import type { Fingerprint } from './fingerprint.js'
import { scanBandCandidates } from './lsh-candidates.js'
import { lshParameters } from './lsh-parameters.js'
import { signaturesAtLeast } from './similarity.js'
import { UnionFind } from './union-find.js'

/**
 * Default similarity threshold for `groupFingerprints`, read off the quality
 * benchmark (`npx tsx bench/dedupe/quality.ts`, ~470 synthetic 800-word
 * articles: families of copies edited at 0-20% with different boilerplate,
 * plus independent articles on the same topics). There, exact 5-shingle
 * Jaccard is 0.44-0.86 between two copies of a family, 0.57-0.91 between a
 * copy and its original, and at most 0.03 between independent same-topic
 * articles. Precision and recall against the family ground truth are 1.000
 * for every threshold 0.30-0.45; at 0.50 recall on copies whose original is
 * missing drops to 0.98 (0.91 at 0.55, 0.69 at 0.60). 0.45 is the highest
 * threshold without any loss, keeping the widest distance from unrelated
 * texts that share templates or boilerplate. (LSH: 64 bands x 2 rows.)
 */
export const DEFAULT_THRESHOLD = 0.45

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
 * Deterministic: the output depends only on the fingerprints and options.
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
  const unionFind = new UnionFind(n)
  if (n === 0) return []
  const length = (fingerprints[0] as Fingerprint).signature.length

  const firstByExact = new Map<string, number>()
  const uniqueIndex: number[] = []
  const uniqueSignatures: Uint32Array[] = []
  for (let i = 0; i < n; i++) {
    const fp = fingerprints[i] as Fingerprint
    if (fp.signature.length !== length) {
      throw new RangeError(`fingerprint ${i} has ${fp.signature.length} slots, expected ${length}`)
    }
    const first = firstByExact.get(fp.exact)
    if (first === undefined) {
      firstByExact.set(fp.exact, i)
      uniqueIndex.push(i)
      uniqueSignatures.push(fp.signature)
    } else {
      unionFind.union(first, i)
    }
  }

  const { bands, rows } = resolveBanding(options, length)
  scanBandCandidates(uniqueSignatures, bands, rows, (member, representative) => {
    const a = uniqueIndex[member] as number
    const b = uniqueIndex[representative] as number
    if (unionFind.find(a) === unionFind.find(b)) return true
    const sa = uniqueSignatures[member] as Uint32Array
    const sb = uniqueSignatures[representative] as Uint32Array
    if (!signaturesAtLeast(sa, sb, threshold)) return false
    unionFind.union(a, b)
    return true
  })
  return unionFind.groups()
}
