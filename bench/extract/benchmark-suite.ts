import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { median } from '../median.js'
import { type BenchPage, loadPages, outDir, type Scorer, scorerPath } from './corpus.js'
import { runReadability } from './run-readability.js'
import { runWinnow } from './run-winnow.js'
import { fixed3, printTable } from './table.js'

export interface BenchmarkOptions {
  readonly reps: number
  readonly devOnly: boolean
  readonly perPage: boolean
}

interface PageTimes {
  parse: number[]
  extract: number[]
  clean: number[]
  peer: number[]
}

/**
 * The 181-page article-extraction-benchmark: winnow (extract+clean and
 * extract only) and Readability, scored with the shared scorer; dev split
 * (sorted id index % 5 != 0), held-out fifth and all pages; times are medians
 * over repetitions.
 */
export function runBenchmarkSuite(scorer: Scorer, options: BenchmarkOptions): void {
  const pages = loadPages()
  const times = new Map<string, PageTimes>()
  const predictions: Record<string, string> = {}
  const extractOnly: Record<string, string> = {}
  const peer: Record<string, string> = {}
  const failures: string[] = []
  for (const page of pages) times.set(page.id, { parse: [], extract: [], clean: [], peer: [] })
  for (let rep = 0; rep < options.reps; rep++) {
    for (const page of pages) {
      const pageTimes = times.get(page.id) as PageTimes
      const result = runWinnow(page.html, page.id)
      const other = runReadability(page.html)
      pageTimes.parse.push(result.parseMs)
      pageTimes.extract.push(result.extractMs)
      pageTimes.clean.push(result.cleanMs)
      pageTimes.peer.push(other.ms)
      if (rep > 0) continue
      predictions[page.id] = result.text
      extractOnly[page.id] = result.extractOnly
      peer[page.id] = other.text
      if (result.error && (!options.devOnly || page.split === 'dev'))
        failures.push(`${page.id}: ${result.error}`)
    }
  }
  mkdirSync(outDir, { recursive: true })
  const predictionsPath = path.join(outDir, 'extract-predictions.json')
  writeFileSync(predictionsPath, `${JSON.stringify(predictions, null, 1)}\n`)
  writeFileSync(
    path.join(outDir, 'extract-only-predictions.json'),
    `${JSON.stringify(extractOnly, null, 1)}\n`,
  )

  const splits: { name: string; pages: BenchPage[] }[] = [
    { name: 'dev', pages: pages.filter((page) => page.split === 'dev') },
  ]
  if (!options.devOnly) {
    splits.push({ name: 'held-out', pages: pages.filter((page) => page.split === 'held-out') })
    splits.push({ name: 'all', pages })
  }
  console.log(
    `article-extraction-benchmark (../shared/corpus/article-extraction-benchmark): ${pages.length} pages, ${options.reps} repetitions, times are medians`,
  )
  console.log(
    `predictions (extract+clean): ${path.relative(process.cwd(), predictionsPath)}; to score them alone: node ${path.relative(process.cwd(), scorerPath)} ${path.relative(process.cwd(), predictionsPath)}`,
  )
  if (failures.length > 0)
    console.log(`no article (${failures.length}):\n  ${failures.join('\n  ')}`)
  const rows: string[][] = [
    ['split', 'pages', 'text', 'F1', 'P', 'R', 'pages/s', 'parse-only pages/s', 'time / parse'],
  ]
  const perPage: Record<string, unknown> = {}
  const notes: string[] = []
  for (const split of splits) {
    const truth = Object.fromEntries(split.pages.map((page) => [page.id, page.truth]))
    const pick = (source: Record<string, string>): Record<string, string> =>
      Object.fromEntries(split.pages.map((page) => [page.id, source[page.id] ?? '']))
    const full = scorer.evaluate(truth, pick(predictions))
    const only = scorer.evaluate(truth, pick(extractOnly), { nBootstrap: 0 })
    const other = scorer.evaluate(truth, pick(peer), { nBootstrap: 0 })
    if (split.name === 'all' || (options.devOnly && split.name === 'dev')) {
      Object.assign(perPage, full.perPage)
    }
    /** Per repetition, the sum over this split's pages of the chosen stages. */
    const total = (keys: readonly (keyof PageTimes)[]): number =>
      median(
        Array.from({ length: options.reps }, (_, rep) =>
          split.pages.reduce((sum, page) => {
            const pageTimes = times.get(page.id)
            return sum + keys.reduce((inner, key) => inner + (pageTimes?.[key][rep] ?? 0), 0)
          }, 0),
        ),
      )
    const parse = total(['parse'])
    const extract = total(['extract'])
    const rate = (ms: number): string => (split.pages.length / (ms / 1000)).toFixed(1)
    const row = (label: string, metrics: typeof full.metrics, ms: number, first: boolean) => [
      first ? split.name : '',
      first ? String(split.pages.length) : '',
      label,
      fixed3(metrics.f1),
      fixed3(metrics.precision),
      fixed3(metrics.recall),
      rate(ms),
      rate(parse),
      `${(ms / parse).toFixed(2)}x`,
    ]
    rows.push(row('extract+clean', full.metrics, total(['parse', 'extract', 'clean']), true))
    rows.push(row('extract only', only.metrics, total(['parse', 'extract']), false))
    rows.push(row('readability+linkedom', other.metrics, total(['peer']), false))
    notes.push(
      `${split.name}: extraction alone ${(extract / split.pages.length).toFixed(2)} ms/page = ${(extract / parse).toFixed(2)}x the parse time (${(parse / split.pages.length).toFixed(2)} ms/page); F1 ± ${full.metrics.f1_std.toFixed(3)} (bootstrap)`,
    )
  }
  printTable(rows)
  console.log('')
  for (const note of notes) console.log(note)
  console.log(
    'extract+clean: the text winnow outputs (extract, clean rules, sanitize, mdast, record); extract only: the text of the extracted tree.',
  )
  console.log(
    'pages/s counts parsing too (hast-util-from-html for winnow, linkedom for Readability); time / parse: over the parse-only time.',
  )
  if (options.perPage) {
    writeFileSync(
      path.join(outDir, 'extract-per-page.json'),
      `${JSON.stringify(perPage, null, 1)}\n`,
    )
  }
}
