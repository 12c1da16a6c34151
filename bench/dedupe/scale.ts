/**
 * Throughput and memory benchmark for fingerprinting and grouping.
 *
 *   npx tsx bench/dedupe/scale.ts [--docs 100000 | --sizes 10000,100000]
 *     [--reps 5] [--copies 0.1] [--threshold <DEFAULT_THRESHOLD>] [--seed 1]
 *     [--classic-sample 2000]
 *   npx tsx bench/dedupe/scale.ts --group-only 1000000 [--reps 5]
 *
 * Text mode generates ~800-word articles in memory (deterministic; ~10% are
 * edited copies of recent articles, half the sites use typographic
 * punctuation so their texts take the Unicode path), then times, each
 * `--reps` times on one thread and quoting medians:
 *   floor       normalize + tokenize + hash every word (`hashWords`)
 *   fingerprint `fingerprint()` (tokenize, shingles, exact key, OPH signature)
 *   classic     reference: the same with 128-function classic MinHash
 *               (on the first --classic-sample docs; shows why OPH is used)
 *   grouping    `groupFingerprints()` on all fingerprints
 * and measures heap + external memory held by the fingerprints.
 *
 * --group-only M skips text and groups M synthetic 128-slot signatures (90%
 * random, 10% near-copies of an earlier one with 5-40% of slots changed).
 */

import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { type Fingerprint, fingerprint } from '../../src/dedupe/fingerprint.js'
import { DEFAULT_THRESHOLD, groupFingerprints } from '../../src/dedupe/group-fingerprints.js'
import { hex32, splitmix32 } from '../../src/dedupe/hash-primitives.js'
import { lshParameters } from '../../src/dedupe/lsh-parameters.js'
import { shingleHashes } from '../../src/dedupe/shingle-hashes.js'
import { hashWords } from '../../src/dedupe/word-hashes.js'
import {
  type Article,
  article,
  editedCopy,
  Random,
  render,
  SITES,
  TOPICS,
} from './article-generator.js'
import { minhashSignature } from './minhash.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    sizes: { type: 'string' },
    reps: { type: 'string', default: '5' },
    copies: { type: 'string', default: '0.1' },
    threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    seed: { type: 'string', default: '1' },
    'classic-sample': { type: 'string', default: '2000' },
    'group-only': { type: 'string' },
  },
})
const reps = Number(values.reps)
const threshold = Number(values.threshold)
const seed = Number(values.seed)

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor((s.length - 1) / 2)] as number
}

/**
 * Runs `body` `reps` times; returns the median wall time and median CPU time
 * (user + system of this process; unlike wall time it does not grow when
 * other processes compete for the cores) in seconds, and the last result.
 */
function timed<T>(label: string, body: () => T): { seconds: number; cpu: number; result: T } {
  const times: number[] = []
  const cpus: number[] = []
  let result: T | undefined
  for (let r = 0; r < reps; r++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    result = body()
    times.push((performance.now() - start) / 1000)
    const cpu = process.cpuUsage(cpuStart)
    cpus.push((cpu.user + cpu.system) / 1e6)
  }
  const runs = times.map((t) => t.toFixed(3)).join(' ')
  console.log(
    `  ${label.padEnd(12)} median ${median(times).toFixed(3)} s wall, ${median(cpus).toFixed(3)} s CPU  (wall runs: ${runs})`,
  )
  return { seconds: median(times), cpu: median(cpus), result: result as T }
}

async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage()
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`
const peakRss = (): number => process.resourceUsage().maxRSS * 1024
const rate = (n: number, seconds: number): string =>
  `${Math.round(n / seconds).toLocaleString('en-US')}`

function generateTexts(count: number): string[] {
  const random = new Random(seed)
  const recent: Article[] = []
  const texts: string[] = []
  const copyRate = Number(values.copies)
  for (let i = 0; i < count; i++) {
    const site = random.int(SITES.length)
    if (recent.length > 0 && random.chance(copyRate)) {
      const base = random.pick(recent)
      texts.push(render(editedCopy(random, base, random.float() * 0.2), site, random))
      continue
    }
    const a = article(random, random.int(TOPICS.length))
    if (recent.length < 500) recent.push(a)
    else recent[random.int(recent.length)] = a
    texts.push(render(a, site, random))
  }
  return texts
}

interface Row {
  readonly docs: number
  readonly floor: number
  readonly fingerprint: number
  readonly fingerprintCpu: number
  readonly classic: number
  readonly grouping: number
  readonly groups: number
  readonly bytesPerDoc: number
  readonly signatureBytes: number
}

async function runTextSize(texts: string[]): Promise<Row> {
  const n = texts.length
  let words = 0
  let nonAscii = 0
  for (const t of texts) {
    words += hashWords(t).count
    if (Buffer.byteLength(t) !== t.length) nonAscii++
  }
  console.log(
    `\n${n} docs: ${(words / n).toFixed(0)} words/doc on average, ${((100 * nonAscii) / n).toFixed(0)}% non-ASCII texts`,
  )
  // Memory held by the fingerprints: heap + external (typed-array backing stores),
  // measured first, with full collections (and a turn of the event loop so
  // array buffers are swept) before and after.
  for (const t of texts.slice(0, 100)) fingerprint(t) // allocate the scratch buffers
  const before = await settledMemory()
  let held: Fingerprint[] = texts.map((t) => fingerprint(t))
  const after = await settledMemory()
  const heap = (after.heapUsed - before.heapUsed) / n
  const external = (after.external - before.external) / n
  const rss = (after.rss - before.rss) / n
  const signatureBytes = held[0]?.signature.byteLength ?? 0
  const bytesPerDoc = heap + external
  held = []
  console.log(
    `  memory       ${bytesPerDoc.toFixed(0)} B/doc held (heap ${heap.toFixed(0)} + external ${external.toFixed(0)}; ` +
      `RSS delta ${rss.toFixed(0)}), signature ${signatureBytes} B, beyond signature ${(bytesPerDoc - signatureBytes).toFixed(0)} B`,
  )
  const floor = timed('floor', () => {
    let checksum = 0
    for (const t of texts) checksum ^= hashWords(t).count
    return checksum
  })
  const fp = timed('fingerprint', () => texts.map((t) => fingerprint(t)))
  const sample = texts.slice(0, Math.min(n, Number(values['classic-sample'])))
  const classic = timed('classic', () => {
    let checksum = 0
    for (const t of sample) {
      const w = hashWords(t)
      const s = shingleHashes(w.hashes, w.count, 5)
      checksum ^= minhashSignature(s.hashes, s.count, 128)[0] as number
    }
    return checksum
  })
  const grouping = timed('grouping', () => groupFingerprints(fp.result, { threshold }))

  const multi = grouping.result.filter((g) => g.length > 1)
  console.log(
    `  result       ${grouping.result.length} groups, ${multi.length} with copies ` +
      `(${multi.reduce((s, g) => s + g.length, 0)} docs); threshold ${threshold}`,
  )
  console.log(
    `  throughput   floor ${rate(n, floor.seconds)} docs/s, fingerprint ${rate(n, fp.seconds)} docs/s ` +
      `(${(fp.seconds / floor.seconds).toFixed(2)}x floor; by CPU time ${rate(n, fp.cpu)} docs/s, ` +
      `${(fp.cpu / floor.cpu).toFixed(2)}x), classic MinHash ${rate(sample.length, classic.seconds)} docs/s`,
  )
  return {
    docs: n,
    floor: n / floor.seconds,
    fingerprint: n / fp.seconds,
    fingerprintCpu: n / fp.cpu,
    classic: sample.length / classic.seconds,
    grouping: grouping.seconds,
    groups: grouping.result.length,
    bytesPerDoc,
    signatureBytes,
  }
}

function runGroupOnly(count: number): void {
  const length = 128
  const next = splitmix32(seed)
  const fps: Fingerprint[] = []
  const startGen = performance.now()
  for (let i = 0; i < count; i++) {
    const signature = new Uint32Array(length)
    if (i > 0 && next() % 10 === 0) {
      const source = (fps[next() % i] as Fingerprint).signature
      signature.set(source)
      const changed = Math.round(length * (0.05 + (next() % 36) / 100))
      for (let k = 0; k < changed; k++) signature[next() % length] = next()
    } else {
      for (let k = 0; k < length; k++) signature[k] = next()
    }
    fps.push({ exact: hex32(next()) + hex32(next()), signature, tokens: 800 })
  }
  const { bands, rows } = lshParameters(threshold, length)
  console.log(
    `group-only: ${count} synthetic signatures generated in ${((performance.now() - startGen) / 1000).toFixed(1)} s; ` +
      `threshold ${threshold} -> ${bands} bands x ${rows} rows`,
  )
  const grouping = timed('grouping', () => groupFingerprints(fps, { threshold }))
  const multi = grouping.result.filter((g) => g.length > 1)
  console.log(
    `  result       ${grouping.result.length} groups, ${multi.length} with copies (${multi.reduce((s, g) => s + g.length, 0)} docs)`,
  )
  console.log(
    '\n| signatures | threshold | bands x rows | grouping wall (s) | grouping CPU (s) | peak RSS |',
  )
  console.log('|---:|---:|---:|---:|---:|---:|')
  console.log(
    `| ${count.toLocaleString('en-US')} | ${threshold} | ${bands} x ${rows} | ${grouping.seconds.toFixed(2)} | ` +
      `${grouping.cpu.toFixed(2)} | ${mb(peakRss())} |`,
  )
}

if (values['group-only'] !== undefined) {
  runGroupOnly(Number(values['group-only']))
} else {
  const sizes = (values.sizes ?? values.docs).split(',').map(Number)
  const startGen = performance.now()
  const all = generateTexts(Math.max(...sizes))
  console.log(
    `generated ${all.length} texts in ${((performance.now() - startGen) / 1000).toFixed(1)} s; ` +
      `reps ${reps}, single thread, medians`,
  )
  const rows: Row[] = []
  for (const size of sizes) rows.push(await runTextSize(all.slice(0, size)))
  console.log(
    '\n| docs | floor docs/s | fingerprint docs/s | (by CPU time) | fingerprint / floor | classic MinHash docs/s | grouping (s) | groups | B/doc beyond signature |',
  )
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    console.log(
      `| ${r.docs.toLocaleString('en-US')} | ${rate(r.floor, 1)} | ${rate(r.fingerprint, 1)} | ${rate(r.fingerprintCpu, 1)} | ` +
        `${(r.floor / r.fingerprint).toFixed(2)} | ${rate(r.classic, 1)} | ${r.grouping.toFixed(2)} | ${r.groups} | ` +
        `${(r.bytesPerDoc - r.signatureBytes).toFixed(0)} |`,
    )
  }
  console.log(`peak RSS ${mb(peakRss())}`)
}
