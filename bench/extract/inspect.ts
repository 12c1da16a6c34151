/**
 * Development aid: show where winnow's extraction differs from the benchmark's
 * ground truth, paragraph by paragraph, for dev pages only.
 *
 *   npx tsx bench/extract/inspect.ts --worst 10       the 10 dev pages with the lowest F1
 *   npx tsx bench/extract/inspect.ts <id prefix>      one dev page
 *   --max N: show at most N differing paragraphs each way (default 12)
 *   add --only to read bench/.out/extract-only-predictions.json instead
 *
 * Run `npm run bench:extract` first. Held-out pages are refused.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { corpusAvailable, loadPages, loadScorer, outDir } from './corpus.js'

const TOKEN = /[\p{L}\p{N}_]+/gu

function shingles(text: string): string[] {
  const tokens = text.match(TOKEN) ?? []
  const out: string[] = []
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const gram = tokens.slice(i, i + 4)
    if (gram.length > 0) out.push(gram.join(' '))
  }
  return out
}

function coverage(paragraph: string, other: ReadonlySet<string>): number {
  const grams = shingles(paragraph)
  if (grams.length === 0) return 1
  return grams.filter((gram) => other.has(gram)).length / grams.length
}

function show(label: string, text: string, other: string, max: number): void {
  const otherGrams = new Set(shingles(other))
  let shown = 0
  for (const paragraph of text.split(/\n+/)) {
    if (paragraph.trim() === '') continue
    const share = coverage(paragraph, otherGrams)
    if (share < 0.5 && shown++ < max) {
      const words = paragraph.match(TOKEN)?.length ?? 0
      console.log(`  ${label} [${words}w] ${paragraph.slice(0, 200).replace(/\s+/g, ' ')}`)
    }
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  if (!corpusAvailable()) {
    console.log('inspect: the benchmark corpus is not here')
    return
  }
  const file = path.join(
    outDir,
    argv.includes('--only') ? 'extract-only-predictions.json' : 'extract-predictions.json',
  )
  if (!existsSync(file)) throw new Error(`run npm run bench:extract first (${file} is missing)`)
  const predictions = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const pages = loadPages().filter((page) => page.split === 'dev')
  const scorer = await loadScorer()
  const truth = Object.fromEntries(pages.map((page) => [page.id, page.truth]))
  const pred = Object.fromEntries(pages.map((page) => [page.id, predictions[page.id] ?? '']))
  const { perPage } = scorer.evaluate(truth, pred, { nBootstrap: 0 })
  const f1 = (id: string): number => {
    const score = perPage[id]
    if (!score) return 0
    return score.tp === 0 ? 0 : (2 * score.tp) / (2 * score.tp + score.fp + score.fn)
  }
  const maxIndex = argv.indexOf('--max')
  const max = maxIndex === -1 ? 12 : Number(argv[maxIndex + 1] ?? 12)
  const worst = argv.indexOf('--worst')
  let chosen = pages
  if (worst !== -1) {
    const count = Number(argv[worst + 1] ?? 10)
    chosen = [...pages].sort((a, b) => f1(a.id) - f1(b.id)).slice(0, count)
  } else {
    const prefix = argv.find((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'))
    if (prefix) chosen = pages.filter((page) => page.id.startsWith(prefix))
  }
  for (const page of chosen) {
    const score = perPage[page.id]
    console.log(
      `\n=== ${page.id.slice(0, 12)} F1 ${f1(page.id).toFixed(3)} P ${score?.precision?.toFixed(3)} R ${score?.recall?.toFixed(3)}`,
    )
    const prediction = predictions[page.id] ?? ''
    show('+', prediction, page.truth, max)
    show('-', page.truth, prediction, max)
  }
}

await main()
