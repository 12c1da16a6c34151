/**
 * `npm run bench:review`: how fast a review of 1,000 groups opens.
 *
 * Generates scraped-style articles (bench/run's generator; HTML pages get a
 * head of scripts and styles and an inline SVG, so that they weigh about as
 * much as the median page of the readability test pages, ~105 kB), runs
 * `winnow clean` and `winnow review`, then opens the page in headless
 * Chromium (Debian's /usr/bin/chromium, no network) several times and prints
 * the median time until the index is shown, the time to show a group, and the
 * page's size. The peer, measured in the same run, is the same page with the
 * groups' data blocks taken out: the index alone. Targets: index shown in
 * under 2 s, files under 20 MB. Needs `npm run build` first.
 *
 *   tsx bench/review/open.ts [--groups 1000] [--opens 5] [--dir DIR]
 *
 * With --dir, the work folder is DIR and is kept; a DIR that already holds
 * .winnow/review.html is only opened again (to time the page alone).
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { median } from '../median.js'
import { generateCorpus } from '../run/generate-corpus.js'
import { type Random, seededRandom } from '../run/scraped-article.js'

const CHROMIUM = '/usr/bin/chromium'
const root = path.join(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '1000' },
    opens: { type: 'string', default: '5' },
    dir: { type: 'string' },
  },
})
const groups = Number(values.groups)
const opens = Number(values.opens)
/** Near copies make groups of two or more; none here, so that articles = groups. */
const NEAR_COPY_SHARE = 0
/** How often the bench asks the page whether its index is shown. */
const POLL_MS = 10
/** Bytes of head scripts, styles and SVG added to each generated HTML page. */
const PAGE_WEIGHT = 95_000

if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
  console.error('bench review: run `npm run build` first')
  process.exit(1)
}
if (!existsSync(CHROMIUM)) {
  console.log(`bench review: ${CHROMIUM} is missing (apt-get install -y chromium); skipped`)
  process.exit(0)
}

const dir = values.dir
  ? path.resolve(values.dir)
  : mkdtempSync(path.join(tmpdir(), 'winnow-bench-review-'))
const page = path.join(dir, '.winnow/review.html')
try {
  if (!existsSync(page)) await build()
  await measure()
} finally {
  if (!values.dir) rmSync(dir, { recursive: true, force: true })
}

/** Generate the inputs, clean them and write the review page. */
async function build(): Promise<void> {
  const random = seededRandom(7)
  let bytes = 0
  for (const file of generateCorpus({ docs: groups, nearCopyShare: NEAR_COPY_SHARE })) {
    const text = file.name.endsWith('.html') ? weigh(file.text, random) : file.text
    const target = path.join(dir, 'input', file.name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, text)
    bytes += Buffer.byteLength(text)
  }
  console.log(`generated ${groups} articles, ${(bytes / 1e6).toFixed(1)} MB`)
  const winnow = (...args: string[]) => {
    const started = performance.now()
    const run = spawnSync(process.execPath, [path.join(root, 'bin/winnow.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    })
    if (run.status !== 0) throw new Error(`winnow ${args.join(' ')}: ${run.stderr}`)
    return { seconds: (performance.now() - started) / 1000, stdout: run.stdout }
  }
  const clean = winnow('clean', 'input', '--out', 'output', '--quiet', '--no-cache')
  const review = winnow('review', 'output')
  console.log(
    `winnow clean ${clean.seconds.toFixed(1)} s, winnow review ${review.seconds.toFixed(1)} s`,
  )
  console.log(review.stdout.trim())
}

/** Open the page (and the peer) in Chromium and print the figures. */
async function measure(): Promise<void> {
  const bytes = inputBytes(path.join(dir, 'input'))
  const html = readFileSync(page, 'utf8')
  const shown = (html.match(/<li data-index=/g) ?? []).length
  const indexOnly = path.join(dir, 'index-only.html')
  writeFileSync(
    indexOnly,
    html.replace(/<script type="application\/octet-stream" id="group-\d+">[^<]*<\/script>\n?/g, ''),
  )

  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    viewport: { width: 1400, height: 900 },
  })
  await context.route(/^(?!file:)/, (route) => route.abort())
  const tab = context.pages()[0] ?? (await context.newPage())
  const full: number[] = []
  const fullInPage: number[] = []
  const peer: number[] = []
  const group: number[] = []
  for (let round = 0; round < opens; round++) {
    const opened = await openIndex(tab, pathToFileURL(page).href, shown)
    full.push(opened.wall)
    fullInPage.push(opened.inPage)
    const started = performance.now()
    await tab.click(`#groups li:nth-child(${Math.ceil(shown / 2)}) a`)
    await tab.locator('#group-view > h2').waitFor()
    group.push(performance.now() - started)
    peer.push((await openIndex(tab, pathToFileURL(indexOnly).href, shown)).wall)
  }
  await context.close()

  const size = statSync(page).size
  const index = median(full)
  console.log(`groups in the index: ${shown}`)
  console.log(
    `index shown: median ${ms(index)} over ${opens} opens (target < 2000 ms); index alone (peer): ${ms(median(peer))}, ratio ${(index / median(peer)).toFixed(2)}`,
  )
  console.log(
    `index filled in by the page script (in-page, from navigation start): median ${ms(median(fullInPage))}`,
  )
  console.log(`a group shown after a click: median ${ms(median(group))}`)
  console.log(
    `review files: ${(size / 1e6).toFixed(1)} MB (target < 20 MB), ${((size / bytes) * 100).toFixed(0)}% of the inputs' size`,
  )
  if (index >= 2000 || size >= 20e6 || shown < groups) process.exitCode = 1
}

function inputBytes(folder: string): number {
  let total = 0
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  return total
}

/** Milliseconds from navigation until the index is there, working (its script ran) and painted. */
async function openIndex(
  tab: Page,
  url: string,
  count: number,
): Promise<{ wall: number; inPage: number }> {
  await tab.goto('about:blank')
  const started = performance.now()
  await tab.goto(url, { waitUntil: 'commit' })
  // The page script has run (the index filters and routes) and the index is all there.
  // Polled from here: the page's CSP forbids the eval that waitForFunction's polling needs.
  const ready = `performance.getEntriesByName('winnow-index-shown').length > 0 && document.querySelectorAll('#groups li').length === ${count}`
  while (!(await tab.evaluate(ready))) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  await tab.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(true)))')
  const wall = performance.now() - started
  // In the page: from navigation start until its script has filled in the index.
  const inPage = await tab.evaluate(
    `(performance.getEntriesByName('winnow-index-shown')[0] || { startTime: NaN }).startTime`,
  )
  return { wall, inPage: Number(inPage) }
}

function ms(value: number): string {
  return `${Math.round(value)} ms`
}

/**
 * A generated page made as heavy as a real one: a head with minified-looking
 * scripts and styles, and an inline SVG logo, in seeded pseudo-random text.
 */
function weigh(page: string, random: Random): string {
  const word = () => Math.floor(random.float() * 36 ** 6).toString(36)
  const code = (length: number) => {
    let text = ''
    while (text.length < length)
      text += `var ${word()}=function(${word()}){return ${word()}.${word()}(${Math.floor(random.float() * 1e6)})};`
    return text
  }
  const style = (length: number) => {
    let text = ''
    while (text.length < length)
      text += `.${word()}-${word()}{margin:${Math.floor(random.float() * 40)}px;color:#${word().slice(0, 6)}}`
    return text
  }
  const svg = `<svg viewBox="0 0 100 100"><path d="${Array.from({ length: 400 }, () => `L${Math.floor(random.float() * 100)} ${Math.floor(random.float() * 100)}`).join('')}"/></svg>`
  const head = `<script>${code(PAGE_WEIGHT * 0.6)}</script><style>${style(PAGE_WEIGHT * 0.3)}</style>`
  return page.replace('</head>', `${head}</head>`).replace('<body>', `<body>${svg}`)
}
