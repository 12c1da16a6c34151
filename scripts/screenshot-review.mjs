/**
 * The README's screenshot of the review page, made from the samples:
 * `npm run build && node scripts/screenshot-review.mjs [GROUP-SLUG] [--out FILE]`.
 * Writes the review of `output/` (sources from `input/`) to a temp folder,
 * opens it in headless Chromium (Debian's /usr/bin/chromium, no network) and
 * saves a PNG of the group (default: the first) to docs/review.png.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'
const root = path.join(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, output: { type: 'string' }, source: { type: 'string' } },
})
const shot = path.resolve(values.out ?? path.join(root, 'docs/review.png'))
const output = path.resolve(values.output ?? path.join(root, 'output'))
if (!existsSync(CHROMIUM)) {
  console.error(`screenshot-review: ${CHROMIUM} is missing (apt-get install -y chromium)`)
  process.exit(1)
}
const temporary = mkdtempSync(path.join(tmpdir(), 'winnow-screenshot-'))
const page = path.join(temporary, 'review.html')
const review = spawnSync(
  process.execPath,
  [path.join(root, 'bin/winnow.js'), 'review', output, '--out', page],
  { cwd: path.dirname(output), encoding: 'utf8' },
)
if (review.status !== 0) {
  console.error(review.stderr)
  process.exit(1)
}
const context = await chromium.launchPersistentContext(path.join(temporary, 'profile'), {
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
try {
  await context.route(/^(?!file:)/, (route) => route.abort())
  const tab = context.pages()[0] ?? (await context.newPage())
  await tab.goto(pathToFileURL(page).href)
  const slug = positionals[0] ?? (await tab.locator('#groups li').first().getAttribute('data-slug'))
  await tab.goto(`${pathToFileURL(page).href}#${slug}`)
  await tab.locator('#group-view > h2').waitFor()
  if (values.source) await tab.getByRole('tab', { name: values.source }).click()
  // The two columns at the top of the view, and the source scrolled to its first removal.
  await tab.evaluate(`(function () {
    var main = document.querySelector('main');
    main.scrollTop = document.querySelector('.columns').offsetTop - 60;
    var view = document.querySelector('.source-panel .reading:not([hidden]), .source-panel pre:not([hidden])');
    var label = view && view.querySelector('[data-removal]');
    if (label) view.scrollTop = label.getBoundingClientRect().top - view.getBoundingClientRect().top - 120;
  })()`)
  await tab.screenshot({ path: shot })
  console.log(`screenshot-review: wrote ${path.relative(process.cwd(), shot) || shot}`)
} finally {
  await context.close()
  rmSync(temporary, { recursive: true, force: true })
}
