/**
 * `npm run bench:extract-md`: winnow on whole-page Markdown scrapes.
 *
 * Every page of ../shared/corpus/modern-pages is turned into the Markdown a
 * scraper with its main-content mode off makes (its `<body>` through an
 * HTML→Markdown converter: turndown with its GFM plugin, or
 * node-html-markdown), wrapped in one of four envelopes (Firecrawl front
 * matter, Jina Reader's preamble, crawl4ai front matter, none). Converter and
 * envelope go round by page, so every pair is used. Nothing is committed: the
 * scrapes live in memory and, for the mixed run, in a temporary folder.
 *
 * Printed for the dev split and the held-out fifth (sha1(id), see
 * held-out.ts): F1, P, R (../shared/tools/score-extraction.mjs), must-keep
 * snippets kept and must-drop snippets leaked, for winnow on the Markdown,
 * winnow on the page's HTML, and the scrape as it is; then the envelope
 * checks (title, URL, no envelope text), and the mixed run: the HTML page
 * and its Markdown scrape in one winnow run, grouped together or not, and
 * different pages of one site never merged.
 *
 * Options: --limit N (first N pages), --split dev|held-out (those pages only),
 * --dev-only (no held-out figures), --no-mixed (skip the mixed run),
 * --no-readability (mixed run on modern-pages only), --per-page FILE
 * (per-page scores as JSON).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { VFile } from 'vfile'
import { resolveOptions } from '../../src/options.js'
import { runWinnow } from '../../src/pipeline.js'
import { cleanText } from '../../src/process-file.js'
import { buildRecord } from '../../src/structure/build-record.js'
import type { ArticleRecord } from '../../src/types.js'
import { loadScorer, type ScoreMetrics, scorerPath } from './corpus.js'
import {
  loadModernPages,
  loadReadabilityPages,
  type ModernPage,
  modernAvailable,
  modernDir,
} from './markdown-scrapes/corpus.js'
import {
  CONVERTERS,
  type Converter,
  convert,
  ENVELOPES,
  type Envelope,
  fallbacks,
  pageBody,
  wrap,
} from './markdown-scrapes/make-scrape.js'
import { countSnippets, emptyCounts, type SnippetCounts } from './markdown-scrapes/snippets.js'

interface Args {
  split: 'dev' | 'held-out' | undefined
  readability: boolean
  limit: number
  devOnly: boolean
  mixed: boolean
  perPage: string | undefined
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    split: undefined,
    readability: true,
    limit: Number.POSITIVE_INFINITY,
    devOnly: false,
    mixed: true,
    perPage: undefined,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--limit') args.limit = Math.max(1, Number(argv[++i]) || 1)
    else if (arg === '--dev-only') args.devOnly = true
    else if (arg === '--no-mixed') args.mixed = false
    else if (arg === '--no-readability') args.readability = false
    else if (arg === '--split') {
      const split = argv[++i]
      if (split !== 'dev' && split !== 'held-out') throw new Error('--split takes dev or held-out')
      args.split = split
    } else if (arg === '--per-page') args.perPage = argv[++i]
    else throw new Error(`unknown argument ${arg}`)
  }
  return args
}

interface Scrape {
  readonly page: ModernPage
  readonly converter: Converter
  readonly envelope: Envelope
  readonly html: string
  readonly markdown: string
  /** The page's title as a scraper reads it (its `<title>`). */
  readonly title: string | undefined
}

/** Converter and envelope go round by page index, so that every pair is used. */
function makeScrape(page: ModernPage, index: number): Scrape {
  const html = page.html()
  const converter = CONVERTERS[index % CONVERTERS.length] as Converter
  const envelope = ENVELOPES[Math.floor(index / CONVERTERS.length) % ENVELOPES.length] as Envelope
  const { body, head } = pageBody(html)
  const markdown = wrap(convert(body, converter, page.id), envelope, { ...head, url: page.url })
  return { page, converter, envelope, html, markdown, title: head.title }
}

const options = resolveOptions({})

function record(text: string, name: string): ArticleRecord | undefined {
  try {
    const { metadata, mdast } = cleanText(text, new VFile({ path: name }), options)
    return buildRecord(mdast, { metadata, fallbackTitle: name })
  } catch {
    return undefined
  }
}

/** Envelope text that must never reach an output. */
const ENVELOPE_TEXT = /URL Source:|Markdown Content:|Published Time:|sourceURL|statusCode/

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (!modernAvailable()) {
    console.log(
      `bench:extract-md: the modern-pages corpus is not here (${modernDir}); nothing to measure.`,
    )
    return
  }
  const scorer = await loadScorer().catch(() => undefined)
  if (!scorer) {
    console.log(`bench:extract-md: the scorer is not here (${scorerPath}); nothing to measure.`)
    return
  }
  const all = loadModernPages()
  // Converter and envelope go by the page's index among all pages, whatever the subset.
  const scrapes = all
    .map((page, index) => ({ page, index }))
    .filter(({ page }) => args.split === undefined || page.split === args.split)
    .slice(0, args.limit)
    .map(({ page, index }) => makeScrape(page, index))
  const pages = scrapes.map((scrape) => scrape.page)

  const md: Record<string, string> = {}
  const html: Record<string, string> = {}
  const raw: Record<string, string> = {}
  let titleRight = 0
  let urlRight = 0
  let envelopeLeaks = 0
  for (const scrape of scrapes) {
    const id = scrape.page.id
    const fromMd = record(scrape.markdown, `${id}.md`)
    md[id] = fromMd?.text ?? ''
    html[id] = record(scrape.html, `${id}.html`)?.text ?? ''
    raw[id] = scrape.markdown
    if (
      scrape.envelope !== 'none' &&
      fromMd &&
      titleKey(fromMd.title) === titleKey(scrape.page.title)
    )
      titleRight++
    if (scrape.envelope !== 'none' && fromMd?.url === absolute(scrape.page.url)) urlRight++
    const output = `${fromMd?.title ?? ''}\n${fromMd?.intro ?? ''}\n${md[id]}`
    if (ENVELOPE_TEXT.test(output)) envelopeLeaks++
  }

  const splits: { name: string; pages: ModernPage[] }[] = [
    { name: 'dev', pages: pages.filter((page) => page.split === 'dev') },
  ]
  if (!args.devOnly)
    splits.push({ name: 'held-out', pages: pages.filter((page) => page.split === 'held-out') })

  console.log(
    `winnow on whole-page Markdown scrapes of modern-pages: ${pages.length} pages (${CONVERTERS.join(', ')}; envelopes ${ENVELOPES.join(', ')})`,
  )
  const rows: string[][] = [
    ['split', 'pages', 'input', 'F1', 'P', 'R', 'with-kept', 'without-leaked'],
  ]
  for (const split of splits.filter((entry) => entry.pages.length > 0)) {
    const truth = Object.fromEntries(split.pages.map((page) => [page.id, page.truth]))
    for (const [name, predictions] of [
      ['winnow on Markdown', md],
      ['winnow on HTML', html],
      ['the scrape as it is', raw],
    ] as const) {
      const pick = Object.fromEntries(
        split.pages.map((page) => [page.id, predictions[page.id] ?? '']),
      )
      const { metrics } = scorer.evaluate(truth, pick, { nBootstrap: 0 })
      const counts = emptyCounts()
      for (const page of split.pages) countSnippets(pick[page.id] ?? '', page, counts)
      rows.push([
        name === 'winnow on Markdown' ? split.name : '',
        name === 'winnow on Markdown' ? String(split.pages.length) : '',
        name,
        ...scores(metrics),
        ...snippetCells(counts),
      ])
    }
  }
  printTable(rows)
  const enveloped = scrapes.filter((scrape) => scrape.envelope !== 'none')
  console.log('')
  console.log(
    `envelopes: title = the reference title ${titleRight}/${enveloped.length}, URL right ${urlRight}/${enveloped.length}, outputs with envelope text ${envelopeLeaks}/${scrapes.length}`,
  )
  if (fallbacks.length > 0)
    console.log(
      `converter failed, the other one used: ${fallbacks.length} (${fallbacks.join(', ')})`,
    )
  if (args.perPage) {
    const truth = Object.fromEntries(pages.map((page) => [page.id, page.truth]))
    const perPage = {
      markdown: scorer.evaluate(truth, md, { nBootstrap: 0 }).perPage,
      html: scorer.evaluate(truth, html, { nBootstrap: 0 }).perPage,
      predictions: md,
    }
    writeFileSync(args.perPage, `${JSON.stringify(perPage, null, 1)}\n`)
  }
  if (args.mixed) await mixedRun(scrapes, { readability: args.readability })
}

/**
 * The HTML page and its Markdown scrape in one winnow run (modern-pages and
 * readability-test-pages): each pair must form one group, and no group may
 * hold two different pages of one site.
 */
async function mixedRun(
  scrapes: readonly Scrape[],
  options: { readonly readability: boolean },
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-md-bench-'))
  try {
    const input = path.join(dir, 'input')
    mkdirSync(input)
    const pageOf = new Map<string, { page: string; host: string }>()
    const add = (id: string, pageHtml: string, markdown: string, host: string) => {
      writeFileSync(path.join(input, `${id}.html`), pageHtml)
      writeFileSync(path.join(input, `${id}.md`), markdown)
      pageOf.set(`${id}.html`, { page: id, host })
      pageOf.set(`${id}.md`, { page: id, host })
    }
    for (const scrape of scrapes)
      add(`mp-${scrape.page.id}`, scrape.html, scrape.markdown, hostOf(scrape.page.url))
    const readability = options.readability ? loadReadabilityPages() : []
    readability.forEach((page, index) => {
      const pageHtml = page.html()
      const { body, head } = pageBody(pageHtml)
      const converter = CONVERTERS[index % CONVERTERS.length] as Converter
      const envelope = ENVELOPES[Math.floor(index / 2) % ENVELOPES.length] as Envelope
      const url = `https://readability.test/${page.id}`
      add(
        `rt-${page.id}`,
        pageHtml,
        wrap(convert(body, converter, page.id), envelope, { ...head, url }),
        `rt-${page.id}`,
      )
    })
    const result = await runWinnow({ inputs: [input], out: path.join(dir, 'out'), jobs: 1 })
    const groupOf = new Map<string, number>()
    result.articles.forEach((article, group) => {
      for (const source of article.sources) groupOf.set(path.basename(source.path), group)
    })
    const count = (prefix: string) => {
      let both = 0
      let together = 0
      let merged = 0
      const ids = new Set(
        [...pageOf.values()].map((entry) => entry.page).filter((id) => id.startsWith(prefix)),
      )
      for (const id of ids) {
        const a = groupOf.get(`${id}.html`)
        const b = groupOf.get(`${id}.md`)
        if (a === undefined || b === undefined) continue
        both++
        if (a === b) together++
      }
      for (const article of result.articles) {
        const members = article.sources
          .map((source) => pageOf.get(path.basename(source.path)))
          .filter((entry) => entry?.page.startsWith(prefix))
        const distinct = new Set(members.map((entry) => entry?.page))
        if (distinct.size > 1) merged += distinct.size - 1
      }
      return { pairs: ids.size, both, together, merged }
    }
    console.log('')
    for (const [name, prefix] of [
      ['modern-pages', 'mp-'],
      ['readability-test-pages', 'rt-'],
    ] as const) {
      const c = count(prefix)
      console.log(
        `mixed run, ${name}: HTML + Markdown of one page grouped together ${c.together}/${c.both} (${pct(c.together, c.both)}; ${c.pairs - c.both} pairs with a copy skipped), different pages merged into another's group: ${c.merged}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url
}

/** A reference URL as the record writes it; a relative one (the corpus has a few) stays as it is. */
function absolute(url: string): string {
  return URL.canParse(url) ? new URL(url).href : url
}

/** Titles compared on letters and digits only. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

function scores(metrics: ScoreMetrics): string[] {
  return [metrics.f1, metrics.precision, metrics.recall].map((value) => value.toFixed(3))
}

function snippetCells(counts: SnippetCounts): string[] {
  return [pct(counts.kept, counts.withTotal), pct(counts.leaked, counts.withoutTotal)]
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`
}

function printTable(rows: readonly string[][]): void {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  )
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
}

await main()
