/**
 * `npm run bench:extract`: winnow's main-content extraction beside Mozilla
 * Readability (@mozilla/readability on linkedom) run on the same pages in the
 * same process, scored with the same scorer (../shared/tools/score-extraction.mjs).
 *
 * Suites (all by default; `--suite a,b` picks some):
 * - benchmark: the 181-page article-extraction-benchmark (../shared/corpus/article-extraction-benchmark);
 * - modern: modern-pages (../shared/corpus/modern-pages), 840 pages of every type, dev split and
 *   held-out fifth by a hash of the id, all types and articles, F1/P/R, with-kept, without-leaked,
 *   per page type, pages/s on one thread, and the image figure;
 * - images: readability-test-pages (../shared/corpus/readability-test-pages), the image figure.
 * Each needs ../shared; a suite whose folder is absent says so and is skipped.
 *
 * Options: --reps N (benchmark repetitions, default 3), --dev-only (hide held-out figures while
 * developing), --per-page (write per-page scores to bench/.out/), --every N (modern: every n-th page),
 * --split dev|held-out (modern: one split only, for shorter runs).
 */

import { existsSync } from 'node:fs'
import { runBenchmarkSuite } from './benchmark-suite.js'
import { corpusAvailable, corpusDir, loadScorer, scorerPath } from './corpus.js'
import { printImageFigures } from './image-figure.js'
import { modernAvailable, modernDir } from './modern-corpus.js'
import { runModernSuite } from './modern-suite.js'
import { readabilityPagesAvailable, readabilityPagesDir } from './readability-pages.js'
import { runReadabilityPagesSuite } from './readability-pages-suite.js'

const SUITES = ['benchmark', 'modern', 'images'] as const

interface Args {
  reps: number
  devOnly: boolean
  perPage: boolean
  every: number
  suites: Set<string>
  split: string | undefined
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    reps: 3,
    devOnly: false,
    perPage: false,
    every: 1,
    suites: new Set(SUITES),
    split: undefined,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--reps') args.reps = Math.max(1, Number(argv[++i]) || 3)
    else if (arg === '--dev-only') args.devOnly = true
    else if (arg === '--per-page') args.perPage = true
    else if (arg === '--every') args.every = Math.max(1, Number(argv[++i]) || 1)
    else if (arg === '--suite') args.suites = new Set((argv[++i] ?? '').split(','))
    else if (arg === '--split') args.split = argv[++i]
    else throw new Error(`unknown argument ${arg}`)
  }
  return args
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (!existsSync(scorerPath)) {
    console.log(`bench:extract: the shared scorer is not here (${scorerPath}); nothing to measure.`)
    return
  }
  const scorer = await loadScorer()
  const figures = []
  if (args.suites.has('benchmark')) {
    if (corpusAvailable()) runBenchmarkSuite(scorer, args)
    else console.log(`bench:extract: no benchmark corpus at ${corpusDir}; skipped.`)
    console.log('')
  }
  if (args.suites.has('modern')) {
    if (modernAvailable()) figures.push(...runModernSuite(scorer, args))
    else console.log(`bench:extract: no modern-pages corpus at ${modernDir}; skipped.`)
    console.log('')
  }
  if (args.suites.has('images')) {
    if (readabilityPagesAvailable()) figures.unshift(runReadabilityPagesSuite())
    else console.log(`bench:extract: no readability-test-pages at ${readabilityPagesDir}; skipped.`)
  }
  if (figures.length > 0) {
    console.log('images (matched by file name, size suffixes ignored, summed over pages):')
    printImageFigures(figures)
  }
}

await main()
