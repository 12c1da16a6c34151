/**
 * Quality benchmark for near-duplicate grouping.
 *
 *   npx tsx bench/dedupe/quality.ts [--seed 1] [--topics 8] [--families 20]
 *     [--max-copies 4] [--max-edit 0.2] [--from 0.3] [--to 0.9] [--step 0.05]
 *
 * Builds families of near-duplicate ~800-word articles (an original plus
 * 0..max-copies copies, each edited at a uniform 0..max-edit rate and
 * published with another site's boilerplate) and independent articles on the
 * same topics. For each threshold it groups the fingerprints and prints pair
 * precision/recall against (a) exact 5-shingle Jaccard >= threshold and
 * (b) ground truth (same family), plus the exact Jaccard distributions that
 * explain the curve.
 */
import { parseArgs } from 'node:util'
import { fingerprint } from '../../src/dedupe/fingerprint.js'
import { DEFAULT_THRESHOLD, groupFingerprints } from '../../src/dedupe/group-fingerprints.js'
import { lshParameters } from '../../src/dedupe/lsh-parameters.js'
import { estimateSimilarity } from '../../src/dedupe/similarity.js'
import { article, editedCopy, Random, render, SITES, TOPICS } from './article-generator.js'
import { pairJaccard } from './exact-jaccard.js'

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    topics: { type: 'string', default: String(TOPICS.length) },
    families: { type: 'string', default: '20' },
    'max-copies': { type: 'string', default: '4' },
    'max-edit': { type: 'string', default: '0.2' },
    from: { type: 'string', default: '0.3' },
    to: { type: 'string', default: '0.9' },
    step: { type: 'string', default: '0.05' },
  },
})
const seed = Number(values.seed)
const topicCount = Math.min(TOPICS.length, Number(values.topics))
const familiesPerTopic = Number(values.families)
const maxCopies = Number(values['max-copies'])
const maxEdit = Number(values['max-edit'])

interface Doc {
  readonly text: string
  readonly family: number
  readonly topic: number
  /** -1 for the original, otherwise the edit rate of this copy. */
  readonly rate: number
}

const random = new Random(seed)
const docs: Doc[] = []
let family = 0
for (let topic = 0; topic < topicCount; topic++) {
  for (let f = 0; f < familiesPerTopic; f++, family++) {
    const base = article(random, topic)
    const site = random.int(SITES.length)
    docs.push({ text: render(base, site, random), family, topic, rate: -1 })
    const copies = random.chance(0.25) ? 0 : 1 + random.int(maxCopies)
    for (let c = 0; c < copies; c++) {
      const rate = random.float() * maxEdit
      const copySite = (site + 1 + random.int(SITES.length - 1)) % SITES.length
      const copy = editedCopy(random, base, rate)
      docs.push({ text: render(copy, copySite, random), family, topic, rate })
    }
  }
}
const n = docs.length
const fps = docs.map((d) => fingerprint(d.text))
const exact = pairJaccard(
  docs.map((d) => d.text),
  5,
)

/** Element access for indices known to be in range (keeps noUncheckedIndexedAccess quiet). */
function at<T>(items: readonly T[], index: number): T {
  return items[index] as T
}

/** All index pairs inside each group, encoded with `key`. */
function groupPairs(
  groups: readonly number[][],
  key: (i: number, j: number) => number,
): Set<number> {
  const pairs = new Set<number>()
  for (const g of groups) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) pairs.add(key(at(g, a), at(g, b)))
    }
  }
  return pairs
}

const fmt = (x: number, digits = 3): string => x.toFixed(digits)
const stats = (xs: number[]): string => {
  if (xs.length === 0) return 'n/a'
  const s = [...xs].sort((a, b) => a - b)
  const median = s[Math.floor((s.length - 1) / 2)] as number
  return `n=${String(s.length).padStart(5)}  min ${fmt(s[0] as number)}  median ${fmt(median)}  max ${fmt(s[s.length - 1] as number)}`
}

console.log(
  `quality: ${n} docs, ${family} families (${topicCount} topics x ${familiesPerTopic}), ` +
    `copies 0..${maxCopies} per family, edit rate 0..${maxEdit}, seed ${seed}`,
)

// Exact Jaccard distributions.
const buckets = [0, 0.05, 0.1, 0.15, maxEdit + 1e-9]
const byBucket: number[][] = buckets.slice(1).map(() => [])
const copyCopy: number[] = []
const sameTopic: number[] = []
const otherTopic: number[] = []
const estimateErrors: number[] = []
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    const a = docs[i] as Doc
    const b = docs[j] as Doc
    const jac = exact.get(i, j)
    if (a.family === b.family) {
      estimateErrors.push(Math.abs(estimateSimilarity(at(fps, i), at(fps, j)) - jac))
      if (a.rate < 0 || b.rate < 0) {
        const rate = Math.max(a.rate, b.rate)
        const k = buckets.findIndex((edge, idx) => rate >= edge && rate < (buckets[idx + 1] ?? 2))
        byBucket[k]?.push(jac)
      } else copyCopy.push(jac)
    } else if (a.topic === b.topic) sameTopic.push(jac)
    else otherTopic.push(jac)
  }
}
console.log('\nexact 5-shingle Jaccard distribution')
byBucket.forEach((xs, k) => {
  const low = Math.round(at(buckets, k) * 100)
  const high = Math.round(Math.min(maxEdit, at(buckets, k + 1)) * 100)
  const label = `copy vs original, edit ${low}-${high}%`
  console.log(`  ${label.padEnd(38)} ${stats(xs)}`)
})
console.log(`  ${'copy vs copy (same family)'.padEnd(38)} ${stats(copyCopy)}`)
console.log(`  ${'same-topic independent articles'.padEnd(38)} ${stats(sameTopic)}`)
console.log(`  ${'different-topic articles'.padEnd(38)} ${stats(otherTopic)}`)
console.log(
  `  |estimate - exact| over family pairs: mean ${fmt(estimateErrors.reduce((s, x) => s + x, 0) / estimateErrors.length)}, max ${fmt(Math.max(...estimateErrors))}`,
)

// Precision / recall per threshold.
const key = (i: number, j: number): number => i * n + j
const familyPairs = new Set<number>()
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++)
    if (at(docs, i).family === at(docs, j).family) familyPairs.add(key(i, j))
}
const pr = (predicted: Set<number>, truth: Set<number>): [number, number] => {
  let hit = 0
  for (const p of predicted) if (truth.has(p)) hit++
  return [predicted.size === 0 ? 1 : hit / predicted.size, truth.size === 0 ? 1 : hit / truth.size]
}
// The same grouping on the copies alone (originals withheld): copies of one
// family must then be linked through each other, the harder case.
const copyIndex = docs.flatMap((d, i) => (d.rate >= 0 ? [i] : []))
const copyFps = copyIndex.map((i) => at(fps, i))
const copyFamilyPairs = new Set<number>()
for (let a = 0; a < copyIndex.length; a++) {
  for (let b = a + 1; b < copyIndex.length; b++) {
    if (at(docs, at(copyIndex, a)).family === at(docs, at(copyIndex, b)).family) {
      copyFamilyPairs.add(key(a, b))
    }
  }
}
console.log(
  '\nthreshold  bands x rows  groups | vs Jaccard>=t  | vs family             | copies only, vs family',
)
console.log(
  '                                 | precis. recall | precis. recall  F1    | precis. recall',
)
const from = Number(values.from)
const to = Number(values.to)
const step = Number(values.step)
let best = { threshold: 0, f1: -1 }
for (let k = 0; from + k * step <= to + 1e-9; k++) {
  const threshold = Math.round((from + k * step) * 1000) / 1000
  const groups = groupFingerprints(fps, { threshold })
  const predicted = groupPairs(groups, key)
  const truthJ = new Set<number>()
  for (const [i, j, v] of exact.overlapping) if (v >= threshold) truthJ.add(key(i, j))
  const [pJ, rJ] = pr(predicted, truthJ)
  const [pF, rF] = pr(predicted, familyPairs)
  const f1 = pF + rF === 0 ? 0 : (2 * pF * rF) / (pF + rF)
  if (f1 > best.f1 + 1e-12) best = { threshold, f1 }
  const copyPredicted = groupPairs(groupFingerprints(copyFps, { threshold }), key)
  const [pC, rC] = pr(copyPredicted, copyFamilyPairs)
  const { bands, rows } = lshParameters(threshold, at(fps, 0).signature.length)
  const mark = threshold === DEFAULT_THRESHOLD ? '  <- DEFAULT_THRESHOLD' : ''
  console.log(
    `  ${fmt(threshold, 2)}     ${String(bands).padStart(3)} x ${String(rows).padEnd(3)}   ${String(groups.length).padStart(5)} |` +
      ` ${fmt(pJ)}   ${fmt(rJ)}  | ${fmt(pF)}   ${fmt(rF)}  ${fmt(f1)} | ${fmt(pC)}   ${fmt(rC)}${mark}`,
  )
}
console.log(
  `\nbest F1 vs family: threshold ${fmt(best.threshold, 2)} (F1 ${fmt(best.f1)}); DEFAULT_THRESHOLD = ${DEFAULT_THRESHOLD}`,
)
