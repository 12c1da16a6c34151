import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { median } from '../median.js'
import { outDir, type Scorer } from './corpus.js'
import { addImages, emptyImageFigure, type ImageFigure } from './image-figure.js'
import { loadModernPages, type ModernPage } from './modern-corpus.js'
import { runReadability } from './run-readability.js'
import { runWinnow } from './run-winnow.js'
import { countSnippets, emptySnippetCounts } from './snippets.js'
import { fixed3, pageF1, percent, printTable } from './table.js'

export interface ModernOptions {
  readonly devOnly: boolean
  readonly perPage: boolean
  /** Load only every n-th page (1: all), for quick runs while developing. */
  readonly every: number
  /** Only this split ('dev' or 'held-out'), for shorter runs; both when undefined. */
  readonly split?: string | undefined
}

interface PageResult {
  readonly page: ModernPage
  readonly winnow: string
  readonly peer: string
  readonly winnowMs: number
  readonly peerMs: number
  readonly winnowImages: readonly string[]
  readonly peerImages: readonly string[]
}

const TOOLS = ['winnow', 'readability'] as const
type Tool = (typeof TOOLS)[number]

/** Least F1 of a page before it is listed as failing (unless Readability fails it too). */
const FAILING_F1 = 0.5

/**
 * modern-pages: winnow and Readability on every page, scored with the shared
 * scorer, the with/without snippets, speed on one thread and the image figure;
 * dev split and held-out fifth (by a hash of the id), all types and articles.
 */
export function runModernSuite(scorer: Scorer, options: ModernOptions): ImageFigure[] {
  let position = 0
  const pages = loadModernPages(() => position++ % options.every === 0).filter(
    (page) =>
      (!options.devOnly || page.split === 'dev') &&
      (options.split === undefined || page.split === options.split),
  )
  const results: PageResult[] = pages.map((page) => {
    const winnow = runWinnow(page.html, page.id)
    const peer = runReadability(page.html)
    return {
      page,
      winnow: winnow.text,
      peer: peer.text,
      winnowMs: winnow.parseMs + winnow.extractMs + winnow.cleanMs,
      peerMs: peer.ms,
      winnowImages: winnow.images,
      peerImages: peer.images,
    }
  })
  mkdirSync(outDir, { recursive: true })
  const predictions = Object.fromEntries(results.map((result) => [result.page.id, result.winnow]))
  writeFileSync(
    path.join(outDir, 'modern-predictions.json'),
    `${JSON.stringify(predictions, null, 1)}\n`,
  )

  console.log(
    `modern-pages (../shared/corpus/modern-pages): ${results.length} pages${options.every > 1 ? ` (every ${options.every}th)` : ''}, one pass, each tool on one thread`,
  )
  const splits = options.devOnly
    ? ['dev']
    : options.split !== undefined
      ? [options.split]
      : ['dev', 'held-out', 'all']
  const inSplit = (split: string) =>
    results.filter((result) => split === 'all' || result.page.split === split)

  const rows: string[][] = [
    [
      'split',
      'types',
      'tool',
      'pages',
      'F1',
      'P',
      'R',
      'with-kept',
      'without-leaked',
      'pages/s',
      'median ms/page',
    ],
  ]
  const f1s = new Map<string, Map<Tool, number>>()
  for (const split of splits) {
    for (const types of ['all', 'article']) {
      const chosen = inSplit(split).filter(
        (result) => types === 'all' || result.page.type === types,
      )
      if (chosen.length === 0) continue
      for (const tool of TOOLS) {
        const scored = score(scorer, chosen, tool)
        if ((split === 'all' || splits.length === 1) && types === 'all') {
          for (const [id, value] of Object.entries(scored.perPage)) {
            const entry = f1s.get(id) ?? new Map<Tool, number>()
            entry.set(tool, pageF1(value))
            f1s.set(id, entry)
          }
        }
        if (options.devOnly && split === 'dev' && types === 'all') {
          for (const [id, value] of Object.entries(scored.perPage)) {
            const entry = f1s.get(id) ?? new Map<Tool, number>()
            entry.set(tool, pageF1(value))
            f1s.set(id, entry)
          }
        }
        const times = chosen.map((result) => (tool === 'winnow' ? result.winnowMs : result.peerMs))
        const total = times.reduce((sum, ms) => sum + ms, 0)
        rows.push([
          split,
          types,
          tool,
          String(chosen.length),
          fixed3(scored.metrics.f1),
          fixed3(scored.metrics.precision),
          fixed3(scored.metrics.recall),
          percent(scored.snippets.kept, scored.snippets.withTotal),
          percent(scored.snippets.leaked, scored.snippets.withoutTotal),
          (chosen.length / (total / 1000)).toFixed(1),
          median(times).toFixed(1),
        ])
      }
    }
  }
  printTable(rows)

  console.log('')
  console.log('per page type (F1 / with-kept / without-leaked), winnow | readability:')
  const typeRows: string[][] = [['split', 'type', 'pages', 'winnow', 'readability']]
  for (const split of splits.filter((name) => name !== 'all')) {
    const chosen = inSplit(split)
    const types = [...new Set(chosen.map((result) => result.page.type))].sort()
    for (const type of types) {
      const ofType = chosen.filter((result) => result.page.type === type)
      const cells = TOOLS.map((tool) => {
        const scored = score(scorer, ofType, tool)
        return `${fixed3(scored.metrics.f1)} / ${percent(scored.snippets.kept, scored.snippets.withTotal)} / ${percent(scored.snippets.leaked, scored.snippets.withoutTotal)}`
      })
      typeRows.push([split, type, String(ofType.length), ...cells])
    }
  }
  printTable(typeRows)

  console.log('')
  for (const split of splits.filter((name) => name !== 'all')) {
    const failing = inSplit(split).filter(
      (result) => (f1s.get(result.page.id)?.get('winnow') ?? 0) < FAILING_F1,
    )
    const alsoPeer = failing.filter(
      (result) => (f1s.get(result.page.id)?.get('readability') ?? 0) < FAILING_F1,
    )
    const line = `${split}: ${failing.length} pages with winnow F1 < ${FAILING_F1}, ${alsoPeer.length} of them also below for Readability`
    if (split === 'held-out') {
      // Note: held-out pages are only counted, never listed, so that nobody tunes for them.
      console.log(line)
      continue
    }
    console.log(`${line}:`)
    for (const result of failing) {
      const entry = f1s.get(result.page.id)
      console.log(
        `  ${result.page.id} ${result.page.type}: winnow ${fixed3(entry?.get('winnow') ?? 0)}, readability ${fixed3(entry?.get('readability') ?? 0)}`,
      )
    }
  }
  if (options.perPage) {
    const perPage = Object.fromEntries(
      results
        .filter((result) => result.page.split === 'dev')
        .map((result) => [
          result.page.id,
          {
            type: result.page.type,
            winnow: f1s.get(result.page.id)?.get('winnow'),
            readability: f1s.get(result.page.id)?.get('readability'),
          },
        ]),
    )
    writeFileSync(
      path.join(outDir, 'modern-per-page.json'),
      `${JSON.stringify(perPage, null, 1)}\n`,
    )
  }

  return splits
    .filter((split) => split !== 'all')
    .map((split) => {
      // Note: held-out pages are only counted, never listed.
      const figure = emptyImageFigure(`modern-pages ${split}`, split !== 'held-out')
      for (const result of inSplit(split)) {
        addImages(figure, result.page.id, result.winnowImages, result.peerImages)
      }
      return figure
    })
}

function score(scorer: Scorer, chosen: readonly PageResult[], tool: Tool) {
  const truth = Object.fromEntries(chosen.map((result) => [result.page.id, result.page.truth]))
  const prediction = Object.fromEntries(
    chosen.map((result) => [result.page.id, tool === 'winnow' ? result.winnow : result.peer]),
  )
  const { metrics, perPage } = scorer.evaluate(truth, prediction, { nBootstrap: 0 })
  const snippets = emptySnippetCounts()
  for (const result of chosen) {
    countSnippets(snippets, tool === 'winnow' ? result.winnow : result.peer, result.page)
  }
  return { metrics, perPage, snippets }
}
