/**
 * `npm run bench:extract`: winnow's main-content extraction on the article
 * extraction benchmark (../shared/corpus/article-extraction-benchmark).
 *
 * For every page: parse with hast-util-from-html (timed: the parse-only floor),
 * extract (timed), then clean, convert to mdast and build the record as the
 * pipeline does (timed). Two predictions are scored with the shared scorer:
 * "extract+clean" (the record text winnow outputs, written to
 * bench/.out/extract-predictions.json) and "extract only" (the text of the
 * extracted tree). Figures are printed for the dev split (sorted id index
 * % 5 != 0), the held-out fifth and all pages; times are medians over
 * repetitions.
 *
 * Options: --reps N (default 5), --dev-only (hide the held-out figures while
 * developing), --per-page (write per-page scores to bench/.out/).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { cleanHast } from '../../src/clean/clean-hast.js'
import { extractArticle } from '../../src/extract/extract-article.js'
import { buildRecord } from '../../src/structure/build-record.js'
import { hastToMdast } from '../../src/structure/hast-to-mdast.js'
import {
  type BenchPage,
  corpusAvailable,
  corpusDir,
  loadPages,
  loadScorer,
  outDir,
  type ScoreMetrics,
  type Split,
  scorerPath,
} from './corpus.js'

interface Args {
  reps: number
  devOnly: boolean
  perPage: boolean
}

interface PageTimes {
  parse: number[]
  extract: number[]
  clean: number[]
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { reps: 5, devOnly: false, perPage: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--reps') args.reps = Math.max(1, Number(argv[++i]) || 5)
    else if (arg === '--dev-only') args.devOnly = true
    else if (arg === '--per-page') args.perPage = true
    else throw new Error(`unknown argument ${arg}`)
  }
  return args
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const high = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? high : ((sorted[middle - 1] ?? 0) + high) / 2
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (!corpusAvailable()) {
    console.log(
      `bench:extract: the benchmark corpus or its scorer is not here (${corpusDir}); nothing to measure.`,
    )
    return
  }
  const pages = loadPages()
  const scorer = await loadScorer()

  const times = new Map<string, PageTimes>()
  const predictions: Record<string, string> = {}
  const extractOnly: Record<string, string> = {}
  const failures: string[] = []
  for (const page of pages) times.set(page.id, { parse: [], extract: [], clean: [] })

  for (let rep = 0; rep < args.reps; rep++) {
    for (const page of pages) {
      const pageTimes = times.get(page.id) as PageTimes
      const t0 = performance.now()
      const tree = fromHtml(page.html)
      const t1 = performance.now()
      let extracted: ReturnType<typeof extractArticle> | undefined
      try {
        extracted = extractArticle(tree)
      } catch (error) {
        if (rep === 0 && (!args.devOnly || page.split === 'dev'))
          failures.push(`${page.id}: ${(error as Error).message}`)
      }
      const t2 = performance.now()
      if (!extracted) {
        pageTimes.parse.push(t1 - t0)
        pageTimes.extract.push(t2 - t1)
        pageTimes.clean.push(0)
        predictions[page.id] = ''
        extractOnly[page.id] = ''
        continue
      }
      // The text of the extracted tree is taken before cleaning, which changes the tree.
      if (rep === 0) extractOnly[page.id] = toText(extracted.content)
      const t3 = performance.now()
      const canonical = extracted.metadata.canonical
      const pageUrl =
        typeof canonical === 'string' && /^https?:\/\//i.test(canonical) ? canonical : undefined
      const clean = cleanHast(extracted.content, new VFile(), { pageUrl })
      const mdast = hastToMdast(clean)
      // The record drops a leading title heading, as the pipeline does; its text is the prediction.
      const record = buildRecord(mdast, { metadata: extracted.metadata, fallbackTitle: page.id })
      const t4 = performance.now()
      pageTimes.parse.push(t1 - t0)
      pageTimes.extract.push(t2 - t1)
      pageTimes.clean.push(t4 - t3)
      if (rep === 0) predictions[page.id] = record.text
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
    { name: 'dev', pages: pages.filter((page) => page.split === ('dev' satisfies Split)) },
  ]
  if (!args.devOnly) {
    splits.push({ name: 'held-out', pages: pages.filter((page) => page.split === 'held-out') })
    splits.push({ name: 'all', pages })
  }

  console.log(
    `winnow extraction on the article-extraction-benchmark: ${pages.length} pages, ${args.reps} repetitions, times are medians`,
  )
  console.log(
    `predictions (extract+clean): ${path.relative(process.cwd(), predictionsPath)}; to score them alone: node ${path.relative(process.cwd(), scorerPath)} ${path.relative(process.cwd(), predictionsPath)}`,
  )
  if (failures.length > 0)
    console.log(`no article (${failures.length}):\n  ${failures.join('\n  ')}`)
  console.log('')
  const header = [
    'split',
    'pages',
    'text',
    'F1',
    'P',
    'R',
    'pages/s',
    'parse-only pages/s',
    'time / parse',
  ]
  const rows: string[][] = [header]
  const perPage: Record<string, unknown> = {}
  const notes: string[] = []
  for (const split of splits) {
    const truth = Object.fromEntries(split.pages.map((page) => [page.id, page.truth]))
    const pick = (source: Record<string, string>): Record<string, string> =>
      Object.fromEntries(split.pages.map((page) => [page.id, source[page.id] ?? '']))
    const full = scorer.evaluate(truth, pick(predictions))
    const only = scorer.evaluate(truth, pick(extractOnly), { nBootstrap: 0 })
    if (split.name === 'all' || (args.devOnly && split.name === 'dev')) {
      Object.assign(perPage, full.perPage)
    }
    /** Per repetition, the sum over this split's pages of the chosen stages. */
    const total = (keys: readonly (keyof PageTimes)[]): number =>
      median(
        Array.from({ length: args.reps }, (_, rep) =>
          split.pages.reduce((sum, page) => {
            const pageTimes = times.get(page.id)
            return sum + keys.reduce((inner, key) => inner + (pageTimes?.[key][rep] ?? 0), 0)
          }, 0),
        ),
      )
    const parse = total(['parse'])
    const extract = total(['extract'])
    const parseExtract = total(['parse', 'extract'])
    const everything = total(['parse', 'extract', 'clean'])
    const rate = (ms: number): string => (split.pages.length / (ms / 1000)).toFixed(1)
    rows.push([
      split.name,
      String(split.pages.length),
      'extract+clean',
      ...scores(full.metrics),
      rate(everything),
      rate(parse),
      `${(everything / parse).toFixed(2)}x`,
    ])
    rows.push([
      '',
      '',
      'extract only',
      ...scores(only.metrics),
      rate(parseExtract),
      rate(parse),
      `${(parseExtract / parse).toFixed(2)}x`,
    ])
    notes.push(
      `${split.name}: extraction alone ${(extract / split.pages.length).toFixed(2)} ms/page = ${(extract / parse).toFixed(2)}x the parse time (${(parse / split.pages.length).toFixed(2)} ms/page); F1 ± ${full.metrics.f1_std.toFixed(3)} (bootstrap)`,
    )
  }
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
  console.log('')
  for (const note of notes) console.log(note)
  console.log('')
  console.log(
    'extract+clean: the text winnow outputs (extract, clean rules, sanitize, mdast, record);',
  )
  console.log(
    'extract only: the text of the extracted tree. pages/s counts parsing (hast-util-from-html) too;',
  )
  console.log('time / parse: that time over the parse-only time on the same pages.')
  if (args.perPage) {
    writeFileSync(
      path.join(outDir, 'extract-per-page.json'),
      `${JSON.stringify(perPage, null, 1)}\n`,
    )
  }
}

function scores(metrics: ScoreMetrics): string[] {
  return [metrics.f1, metrics.precision, metrics.recall].map((value) => value.toFixed(3))
}

await main()
