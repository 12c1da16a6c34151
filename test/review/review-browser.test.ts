import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCi } from '../../src/report/ci-environment.js'
import { renderReviewPage } from '../../src/review/render-page.js'
import type { ReviewGroup } from '../../src/review/review-model.js'
import { makeWorkspace, root } from './workspace.js'

/** The Debian package `chromium`; .ci/run installs it. Playwright's own browsers are never downloaded. */
const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]
const present = existsSync(CHROMIUM)
const sampleSlug = 'iphone-and-icloud-photos-not-updating-try-these-7-fixes'

function winnow(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/winnow.js'), ...args], {
    cwd,
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

// Locally a missing Chromium skips these tests; in CI it fails them.
describe.skipIf(!present && !isCi(process.env))('the review page in headless Chromium', () => {
  const temporary: string[] = []
  let context: BrowserContext | undefined
  let page: Page
  let reviewUrl = ''
  const requests: string[] = []
  const problems: string[] = []

  beforeAll(async () => {
    if (!present) return
    const dir = makeWorkspace()
    temporary.push(dir)
    const clean = winnow(dir, 'clean', 'input', '--out', 'output')
    expect(clean.code, clean.stderr).toBe(0)
    const review = winnow(dir, 'review', 'output')
    expect(review.code, review.stderr).toBe(0)
    reviewUrl = pathToFileURL(path.join(dir, '.winnow/review.html')).href

    const profile = mkdtempSync(path.join(tmpdir(), 'winnow-chromium-'))
    temporary.push(profile)
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
    })
    // Every request is recorded; none but file:// is let through, so the test never uses the network.
    context.on('request', (request) => requests.push(request.url()))
    await context.route(/^(?!file:)/, (route) => route.abort())
    // Page code is passed as strings: the tests are type-checked without the DOM library.
    await context.addInitScript({
      content: `window.__violations = []
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__violations.push(event.violatedDirective)
        })`,
    })
    context.setDefaultTimeout(10_000)
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(reviewUrl)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
  })

  it('finds Chromium', () => {
    expect(
      present,
      `${CHROMIUM} is missing: install the Debian package (apt-get install -y chromium), as .ci/run does`,
    ).toBe(true)
  })

  it('lists the groups in the index and renders none before one is picked', async () => {
    await expect.poll(() => page.locator('#groups li').count()).toBe(5)
    expect(await page.locator('#groups li .t').allTextContents()).toContain(
      'IPhone and iCloud Photos Not Updating? Try These 7 Fixes!',
    )
    expect(await page.locator('#filter-count').textContent()).toBe('5 of 5 groups')
    expect(await page.locator('#group-view').isHidden()).toBe(true)
    expect(await page.locator('#overview h2').textContent()).toBe('Select a group')
  })

  it('shows a selected group: the canonical article and a source with a highlighted removal', async () => {
    await page.click(`#groups a[href="#${sampleSlug}"]`)
    await expect
      .poll(() => page.locator('#group-view > h2').textContent())
      .toBe('IPhone and iCloud Photos Not Updating? Try These 7 Fixes!')
    expect(page.url()).toBe(`${reviewUrl}#${sampleSlug}`)
    const article = page.locator('article.canonical')
    expect(await article.getByRole('heading', { name: '1. Check Your Settings' }).isVisible()).toBe(
      true,
    )
    expect(await page.locator('.variants li').allTextContents()).toEqual([
      'Solve the Issue: Top 7 Methods for Restoring iCloud Photo Synchronization on iPhone',
    ])
    const numbers = await page.locator('table.sources tbody td.number').allTextContents()
    expect(numbers).toHaveLength(6)
    expect([numbers[0], numbers[1], numbers[3], numbers[4]]).toEqual(['1.000', '35', '1.000', '35'])
    expect(numbers[2]).toMatch(/^\d+%$/)
    // The second source: jump to its first marker-block removal (text repairs
    // come before it) and see it marked, labelled with its rule id.
    await page.getByRole('tab', { name: 'input/001_71256f6104bc8129.txt' }).click()
    await page.locator('ol.removals button', { hasText: 'marker-block' }).first().click()
    const mark = page.locator('pre.source-text mark[data-rule="marker-block"]').first()
    const label = mark.locator('.rule-label').first()
    expect(await label.textContent()).toBe('marker-block')
    await expect.poll(() => label.isVisible()).toBe(true)
    expect(await mark.textContent()).toContain('<!-- affiliate ads begin -->')
    // One group at a time.
    expect(await page.locator('article.canonical').count()).toBe(1)
    expect(await page.locator('pre.source-text').count()).toBe(1)

    const shots = mkdtempSync(path.join(tmpdir(), 'winnow-review-screenshot-'))
    const shot = path.join(shots, 'review.png')
    await page.screenshot({ path: shot })
    console.log(`review page screenshot: ${shot}`)
    expect(statSync(shot).size).toBeGreaterThan(20_000)
  })

  it('filters the index on titles, slugs and rule ids', async () => {
    const visible = () => page.locator('#groups li:visible .t').allTextContents()
    await page.fill('#filter', 'tracking-pixel')
    expect(await visible()).toEqual(['How to Descale a Kettle in 5 Steps'])
    expect(await page.locator('#filter-count').textContent()).toBe('1 of 5 groups')
    await page.fill('#filter', 'lemon-method')
    expect(await visible()).toEqual(['The Lemon Method for a Spotless Kettle'])
    await page.fill('#filter', 'restoring icloud') // a title variant
    expect(await visible()).toEqual(['IPhone and iCloud Photos Not Updating? Try These 7 Fixes!'])
    await page.fill('#filter', 'no such group')
    expect(await visible()).toEqual([])
    await page.fill('#filter', '')
    expect(await page.locator('#groups li:visible').count()).toBe(5)
  })

  it('runs nothing from a hostile article and loads none of its images', async () => {
    await page.goto(`${reviewUrl}#hostile-and-quoted-title`)
    await expect
      .poll(() => page.locator('#group-view > h2').textContent())
      .toBe('Hostile & "quoted" title')
    expect(await page.locator('pre.source-text').textContent()).toContain(
      `</script><img src=x onerror="window.__pwned=1">`,
    )
    expect(await page.locator('article.canonical .image-link').allTextContents()).toEqual([
      '[image: net image]',
      '[image: a remote picture]',
    ])
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.evaluate(`'pwned' in window || '__pwned' in window`)).toBe(false)
  })

  it('stays inert with hostile strings in every field of the data', async () => {
    const evil = `</script><script>window.__pwned=5</script><img src=x onerror="window.__pwned=6"><!--`
    const group: ReviewGroup = {
      slug: 'evil',
      title: `${evil} title`,
      titleVariants: [evil],
      notes: [evil],
      canonicalHtml: '<p>fine</p>',
      sources: [
        {
          path: evil,
          title: evil,
          similarity: 1,
          canonical: true,
          status: 'ok',
          notes: [evil],
          counts: { [evil]: 1 },
          removals: [{ id: 0, ruleId: evil, reason: evil, line: 1, column: 1, preview: evil }],
          html: 'text',
        },
      ],
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-review-evil-'))
    temporary.push(dir)
    const file = path.join(dir, 'review.html')
    writeFileSync(
      file,
      renderReviewPage({ inputs: 1, ok: 1, skipped: 0, failed: 0, problems: [], groups: [group] }),
    )
    await page.goto(`${pathToFileURL(file).href}#evil`)
    await expect.poll(() => page.locator('#group-view > h2').textContent()).toBe(`${evil} title`)
    expect(await page.locator('.note').first().textContent()).toBe(evil)
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.evaluate(`'__pwned' in window`)).toBe(false)
  })

  it('made no network request and broke no rule of its Content-Security-Policy', async () => {
    await page.goto(reviewUrl)
    await page.click(`#groups a[href="#how-to-descale-a-kettle-in-5-steps"]`)
    await expect.poll(() => page.locator('#group-view > h2').isVisible()).toBe(true)
    expect(await page.evaluate('window.__violations')).toEqual([])
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([])
    expect(new Set(requests.map((url) => url.replace(/#.*$/, ''))).size).toBe(2) // the run's page and the hostile test's
    expect(problems).toEqual([])
  })
})
