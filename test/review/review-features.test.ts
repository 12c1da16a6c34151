import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCi } from '../../src/report/ci-environment.js'
import { chromiumPresent, launchChromium } from './chromium.js'
import { root } from './workspace.js'

/** A 1×1 PNG, served for the https images once the editor opts in. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const storySlug = 'soucek-scores-twice-as-west-ham-win-at-home'

function run(cwd: string, command: string, ...args: string[]) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  expect(result.status, `${command} ${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result.stdout
}

function winnow(cwd: string, ...args: string[]) {
  return run(cwd, process.execPath, path.join(root, 'bin/winnow.js'), ...args)
}

function git(cwd: string, ...args: string[]) {
  return run(
    cwd,
    'git',
    '-c',
    'user.name=winnow test',
    '-c',
    'user.email=test@example.com',
    ...args,
  )
}

/**
 * A content repository as a CI refresh job keeps it: input/ and the committed
 * output/. The second commit edits the HTML story, deletes one article and
 * adds another; the review compares the output folder with the first commit.
 */
function makeRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-review-since-'))
  const input = path.join(dir, 'input')
  mkdirSync(input)
  cpSync(path.join(root, 'input'), input, { recursive: true })
  cpSync(path.join(root, 'fixtures/review/lead-photo.html'), path.join(input, 'story.html'))
  const kettles = path.join(root, 'fixtures/e2e/independent-same-topic/input')
  cpSync(path.join(kettles, 'kettle-a.md'), path.join(input, 'kettle-a.md'))
  git(dir, 'init', '-q')
  winnow(dir, 'clean', 'input', '--out', 'output')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'first run')
  const story = path.join(input, 'story.html')
  writeFileSync(story, readFileSync(story, 'utf8').replace('a narrow win', 'a deserved win'))
  rmSync(path.join(input, 'kettle-a.md'))
  cpSync(path.join(kettles, 'kettle-b.md'), path.join(input, 'kettle-b.md'))
  winnow(dir, 'clean', 'input', '--out', 'output')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'second run')
  return dir
}

// Locally a missing Chromium skips these tests; in CI it fails them.
describe.skipIf(!chromiumPresent && !isCi(process.env))(
  'review features in headless Chromium',
  () => {
    const temporary: string[] = []
    let context: BrowserContext | undefined
    let page: Page
    let dir = ''
    let reviewUrl = ''
    let printed = ''
    const requests: string[] = []
    const problems: string[] = []

    beforeAll(async () => {
      dir = makeRepository()
      temporary.push(dir)
      printed = winnow(dir, 'review', 'output', '--since', 'HEAD~1')
      reviewUrl = pathToFileURL(path.join(dir, '.winnow/review.html')).href
      const launched = await launchChromium()
      context = launched.context
      temporary.push(launched.profile)
      // Every request that would reach the network is intercepted and recorded: only
      // the test's https image hosts answer; nothing else gets out.
      await context.route(/^(?!file:)/, (route) => {
        requests.push(route.request().url())
        return /^https:\/\/(img|news)\.example\//.test(route.request().url())
          ? route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
          : route.abort()
      })
      await context.addInitScript({
        content: `window.__violations = []
          document.addEventListener('securitypolicyviolation', (event) => {
            window.__violations.push(event.violatedDirective)
          })`,
      })
      context.setDefaultTimeout(15_000)
      page = context.pages()[0] ?? (await context.newPage())
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await page.goto(`${reviewUrl}#${storySlug}`)
      await page.locator('#group-view > h2', { hasText: 'Souček' }).waitFor()
      await page.getByRole('tab', { name: 'input/story.html' }).click()
    }, 120_000)

    afterAll(async () => {
      await context?.close()
      for (const folder of temporary) rmSync(folder, { recursive: true, force: true })
    })

    it('shows an HTML source as rendered text, a removal highlighted in place, and the raw source on demand', async () => {
      const reading = page.locator('.reading')
      expect(await reading.isVisible()).toBe(true)
      expect(await reading.locator('h2').allTextContents()).toContain('A tight second half')
      expect(await reading.locator('li').allTextContents()).toEqual([
        "Goals: Souček 12', 38'",
        'Attendance: 62,000',
      ])
      // Nothing from <head> (title, script) is in the rendered text.
      expect(await reading.textContent()).not.toContain('window.__pwned')
      const ad = reading.locator('.cut[data-rule~="ad-container"]')
      expect(await ad.locator('> .cut-head .rule-label').first().textContent()).toBe('ad-container')
      expect(await ad.locator('> .cut-head .cut-reason').textContent()).toContain(
        'Unexpected ad container (`code-block-3`)',
      )
      // In place: between the first paragraph and the second heading.
      const order = await page.evaluate(`Array.prototype.map.call(
      document.querySelector('.reading').querySelectorAll('p, h2, .cut'), function (el) {
        return el.matches('.cut') ? 'cut:' + el.getAttribute('data-rule') : el.tagName + ':' + el.textContent.slice(0, 12);
      })`)
      const sequence = order as string[]
      const cut = sequence.indexOf('cut:ad-container')
      expect(sequence[cut - 1]).toMatch(/^P:Tomáš Souček/)
      expect(sequence.slice(cut + 1).find((entry) => entry.startsWith('H2'))).toBe(
        'H2:A tight seco',
      )
      // Collapse and expand a removal.
      await ad.locator('> .cut-head .cut-toggle').click()
      expect(await ad.locator('> .cut-body').isVisible()).toBe(false)
      await ad.locator('> .cut-head .cut-toggle').click()
      expect(await ad.locator('> .cut-body').isVisible()).toBe(true)
      // The raw source, with the same removal marked.
      await page.getByRole('button', { name: 'Raw source' }).click()
      expect(await reading.isVisible()).toBe(false)
      const raw = page.locator('pre.source-text')
      expect(await raw.isVisible()).toBe(true)
      expect(await raw.textContent()).toContain('<!DOCTYPE html>')
      expect(await raw.locator('mark[data-rule~="ad-container"]').count()).toBeGreaterThan(0)
      await page.getByRole('button', { name: 'Rendered text' }).click()
      expect(await reading.isVisible()).toBe(true)
    })

    it('marks what extraction dropped: the lead photo outside the article is a main-content removal', async () => {
      const losses = page.locator('.reading .cut[data-rule~="main-content"]')
      const texts = await losses.allTextContents()
      const lead = texts.find((text) => text.includes('[image: Souček celebrates the opener]'))
      expect(lead).toContain('The midfielder after his first goal.')
      expect(lead).toContain('outside the article container')
      expect(texts.some((text) => text.includes('All rights reserved'))).toBe(true)
      expect(await page.locator('.chips').textContent()).toContain('main-content 3')
      // The index shows how much of each source's text went.
      expect(
        await page.locator(`#groups li[data-slug="${storySlug}"] .meta`).textContent(),
      ).toMatch(/text removed \d+%/)
    })

    it('loads no image before the editor opts in, then https thumbnails only', async () => {
      expect(requests).toEqual([])
      expect(await page.locator('img').count()).toBe(0)
      expect(await page.locator('#images-state').textContent()).toContain(
        'Images off: nothing loads from the network.',
      )
      // The policy itself forbids images until then.
      await page.evaluate(`new Image().src = 'https://img.example/probe.png'`)
      await expect.poll(() => page.evaluate('window.__violations')).toEqual(['img-src'])
      expect(requests).toEqual([])

      await page.getByRole('button', { name: 'Load images' }).click()
      await page.waitForURL(/\?images=on#/)
      await expect.poll(() => page.locator('#group-view > h2').isVisible()).toBe(true)
      await page.getByRole('tab', { name: 'input/story.html' }).click()
      expect(await page.locator('#images-state').textContent()).toContain('Images on')
      await expect
        .poll(() =>
          page.evaluate(
            `document.querySelector('.reading img.thumb[src="https://img.example/lead-photo.jpg"]').naturalWidth`,
          ),
        )
        .toBe(1)
      await expect
        .poll(() => [...requests].sort())
        .toEqual(['https://img.example/lead-photo.jpg', 'https://news.example/images/crowd.jpg'])
      // The plain-http image stays a placeholder.
      expect(await page.locator('[data-src="http://plain.example/old.jpg"] img').count()).toBe(0)
      await page.getByRole('button', { name: 'Turn images off' }).click()
      await expect.poll(() => page.locator('#images-state').textContent()).toContain('Images off')
    })

    it('finds a group by a word of its article text', async () => {
      await page.fill('#filter', 'stadium')
      await expect
        .poll(() => page.locator('#filter-count').textContent())
        .toMatch(/^1 of \d+ groups$/)
      expect(await page.locator('#groups li:visible').getAttribute('data-slug')).toBe(storySlug)
      await page.fill('#filter', 'souček')
      expect(await page.locator('#groups li:visible').getAttribute('data-slug')).toBe(storySlug)
      await page.fill('#filter', '')
    })

    it('--since HEAD~1 marks new, changed and removed groups and shows the word diff', async () => {
      expect(printed).toMatch(/since HEAD~1: 1 new, 1 changed, 1 removed\)\n$/)
      const change = (status: string) =>
        page.locator(`#groups li[data-change="${status}"]`).getAttribute('data-slug')
      expect(await change('changed')).toBe(storySlug)
      expect(await change('new')).toBe('the-lemon-method-for-a-spotless-kettle')
      expect(await change('removed')).toBe('descaling-a-kettle-with-vinegar')
      await page.click(`#groups a[href="#${storySlug}"]`)
      const diff = page.locator('.diff')
      await expect.poll(() => diff.isVisible()).toBe(true)
      expect(await diff.locator('del').allTextContents()).toEqual(['narrow'])
      expect(await diff.locator('ins').allTextContents()).toEqual(['deserved'])
      await page.check('#only-changes')
      expect(await page.locator('#groups li:visible').count()).toBe(3)
      await page.uncheck('#only-changes')
    })

    it('writes nothing into the output folder or anywhere git would see, and breaks no page rule', () => {
      expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('')
      expect(problems).toEqual([])
    })
  },
)

describe('winnow review --since errors', () => {
  it('says so outside git and for an unknown ref', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-review-nogit-'))
    try {
      cpSync(path.join(root, 'input'), path.join(dir, 'input'), { recursive: true })
      winnow(dir, 'clean', 'input', '--out', 'output')
      const bin = path.join(root, 'bin/winnow.js')
      const outside = spawnSync(process.execPath, [bin, 'review', 'output', '--since'], {
        cwd: dir,
        encoding: 'utf8',
      })
      expect(outside.status).toBe(64)
      expect(outside.stderr).toContain('is not in a git repository')
      execFileSync('git', ['init', '-q'], { cwd: dir })
      const unknown = spawnSync(process.execPath, [bin, 'review', 'output', '--since', 'nope'], {
        cwd: dir,
        encoding: 'utf8',
      })
      expect(unknown.status).toBe(64)
      expect(unknown.stderr).toContain('--since nope: no such commit')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})
