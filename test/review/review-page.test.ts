import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeDataBlock } from '../../src/review/data-block.js'
import type { ReviewGroup } from '../../src/review/review-model.js'
import type { RunReport } from '../../src/write/run-report.js'
import { HOSTILE_TITLE, makeWorkspace, runCli } from './workspace.js'

let dir = ''
let page = ''
let tree: Root
let report: RunReport
let review: { code: number; stdout: string; stderr: string }
let outputBefore: string[] = []

beforeAll(async () => {
  dir = makeWorkspace()
  const clean = await runCli(dir, 'clean', 'input', '--out', 'output')
  expect(clean.code, clean.stderr).toBe(0)
  report = JSON.parse(readFileSync(path.join(dir, 'output/report.json'), 'utf8')) as RunReport
  outputBefore = readdirSync(path.join(dir, 'output')).sort()
  // After the run: one source is deleted, another can no longer be decoded.
  rmSync(path.join(dir, 'input/kettle-a.md'))
  writeFileSync(path.join(dir, 'input/kettle-b.md'), Buffer.from([0x4b, 0x65, 0xe9, 0xff, 0x0a]))
  review = await runCli(dir, 'review', 'output')
  page = readFileSync(path.join(dir, '.winnow/review.html'), 'utf8')
  tree = fromHtml(page)
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function elements(test: (node: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node)
  })
  return found
}

/** The embedded group data, in index order. */
function groups(): ReviewGroup[] {
  return elements(
    (node) => node.tagName === 'script' && /^group-\d+$/.test(String(node.properties.id ?? '')),
  )
    .sort((a, b) =>
      String(a.properties.id).localeCompare(String(b.properties.id), 'en', { numeric: true }),
    )
    .map((node) => decodeDataBlock(toText(node)) as ReviewGroup)
}

function group(slug: string): ReviewGroup {
  const found = groups().find((candidate) => candidate.slug === slug)
  if (!found) throw new Error(`no group ${slug}`)
  return found
}

/** Text as written (hast-util-to-text collapses white space outside `<pre>`). */
function rawText(node: Element | undefined): string {
  let text = ''
  if (node)
    visit(node, 'text', (child) => {
      text += child.value
    })
  return text
}

const sampleSlug = 'iphone-and-icloud-photos-not-updating-try-these-7-fixes'

describe('winnow review', () => {
  it('writes .winnow/review.html, with a .gitignore, and nothing into the output folder', () => {
    expect(review.code, review.stderr).toBe(0)
    expect(review.stdout).toBe(
      'winnow: wrote .winnow/review.html (5 groups, 7 sources, 2 missing or unreadable, 0 changed since the run)\n',
    )
    expect(readFileSync(path.join(dir, '.winnow/.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(readdirSync(path.join(dir, 'output')).sort()).toEqual(outputBefore)
  })

  it('writes to --out FILE, and refuses a file inside the output folder', async () => {
    const run = await runCli(dir, 'review', 'output', '--out', 'elsewhere/page.html')
    expect(run.code, run.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'elsewhere/page.html'), 'utf8')).toContain('winnow review')
    const inside = await runCli(dir, 'review', 'output', '--out', 'output/review.html')
    expect(inside.code).toBe(64)
    expect(inside.stderr).toContain('lies in the output folder')
    expect(readdirSync(path.join(dir, 'output')).sort()).toEqual(outputBefore)
  })

  it('lists every group in the index, with slug, title and rule ids to filter on', () => {
    const items = elements(
      (node) => node.tagName === 'li' && node.properties.dataSlug !== undefined,
    )
    expect(items.map((item) => item.properties.dataSlug)).toEqual(
      report.clusters.map((cluster) => cluster.slug),
    )
    const sample = items.find((item) => item.properties.dataSlug === sampleSlug)
    const search = String(sample?.properties.dataSearch)
    expect(search).toContain('iphone and icloud photos not updating')
    expect(search).toContain('solve the issue: top 7 methods') // a title variant
    expect(search).toContain('marker-block')
  })

  it('renders no group in the HTML: each is an inert compressed block, shown on selection', () => {
    const view = elements((node) => node.properties.id === 'group-view')
    expect(view).toHaveLength(1)
    expect(view[0]?.children).toEqual([])
    expect(groups()).toHaveLength(report.clusters.length)
    // Article text is only inside the compressed blocks, not in the document itself.
    expect(page).not.toContain('Check Your Settings')
    expect(group(sampleSlug).canonicalHtml).toContain('Check Your Settings')
  })

  it('shows the canonical article rendered, and each source with removals marked by rule id', () => {
    const sample = group(sampleSlug)
    expect(sample.title).toBe('IPhone and iCloud Photos Not Updating? Try These 7 Fixes!')
    expect(sample.titleVariants).toEqual([
      'Solve the Issue: Top 7 Methods for Restoring iCloud Photo Synchronization on iPhone',
    ])
    expect(sample.canonicalHtml).toContain('<h2>1. Check Your Settings</h2>')
    expect(
      sample.sources.map((source) => [source.path, source.similarity, source.canonical]),
    ).toEqual([
      ['input/000_0feee18a19166be3.txt', 1, true],
      ['input/001_71256f6104bc8129.txt', 1, false],
    ])
    const first = sample.sources[0]
    expect(first?.status).toBe('ok')
    expect(first?.counts).toEqual(report.inputs[0]?.removed)
    expect(first?.notes).toEqual([])
    const marked = fromHtml(first?.html ?? '', { fragment: true })
    const marks: Element[] = []
    visit(marked, 'element', (node) => {
      if (node.tagName === 'mark') marks.push(node)
    })
    const rules = new Set(marks.flatMap((mark) => String(mark.properties.dataRule).split(' ')))
    expect([...rules].sort()).toEqual([
      'adsense',
      'glued-emphasis',
      'link-list',
      'marker-block',
      'space-before-punctuation',
      'ui-residue',
    ])
    // The first marker block: lines 21–23 of the source, labelled with its rule id.
    const firstBlock = marks.find((mark) => toText(mark).includes('coinrule.sjv.io'))
    expect(firstBlock?.properties.dataRule).toBe('marker-block')
    expect(rawText(firstBlock)).toMatch(/^marker-block<!-- affiliate ads begin -->\n<a href=/)
    expect(rawText(firstBlock)).toMatch(/<!-- affiliate ads end -->$/)
    // Every removal has a label to jump to.
    const labels = (first?.html ?? '').match(/class="rule-label"/g) ?? []
    expect(labels).toHaveLength(first?.removals.length ?? -1)
  })

  it('gives missing and unreadable sources a note instead of failing', () => {
    const missing = group('descaling-a-kettle-with-vinegar').sources[0]
    expect(missing?.status).toBe('missing')
    expect(missing?.notes.join(' ')).toContain('Source file not found at review time')
    expect(missing?.html).toBeUndefined()
    const unreadable = group('the-lemon-method-for-a-spotless-kettle').sources[0]
    expect(unreadable?.status).toBe('unreadable')
    expect(unreadable?.notes.join(' ')).toContain('could not be read at review time: invalid UTF-8')
    // The canonical article still shows: it comes from the output folder.
    expect(group('descaling-a-kettle-with-vinegar').canonicalHtml).toContain('vinegar')
  })

  it('escapes everything from the inputs: no script, handler or image gets into the page', () => {
    const hostile = group('hostile-and-quoted-title')
    // winnow strips the markup from the title; what is left shows as text.
    expect(hostile.title).toBe('Hostile & "quoted" title')
    const titles = elements(
      (node) => node.tagName === 'span' && String(node.properties.className) === 't',
    )
    expect(titles.map((node) => toText(node))).toContain(hostile.title)
    // The source shows the raw front matter, title and all, as text.
    expect(
      rawText(fromHtml(hostile.sources[0]?.html ?? '', { fragment: true }) as never),
    ).toContain(HOSTILE_TITLE.replace(/'/g, "''"))
    // Two inline scripts (the page's own) and one data block per group; nothing else runs.
    const scripts = elements((node) => node.tagName === 'script')
    expect(scripts.filter((node) => node.properties.type === undefined)).toHaveLength(2)
    expect(scripts.filter((node) => node.properties.src !== undefined)).toEqual([])
    expect(elements((node) => node.tagName === 'img')).toEqual([])
    expect(
      elements((node) => Object.keys(node.properties).some((key) => /^on/i.test(key))),
    ).toEqual([])
    // The data blocks are base64, so nothing can close them early.
    for (const block of scripts.filter((node) => node.properties.type !== undefined))
      expect(toText(block)).toMatch(/^[A-Za-z0-9+/]*={0,2}$/)
    // The HTML the page inserts is safe too: the source is escaped text, the article sanitized.
    for (const html of [hostile.canonicalHtml ?? '', hostile.sources[0]?.html ?? '']) {
      const fragment = fromHtml(html, { fragment: true })
      visit(fragment, 'element', (node) => {
        expect(['script', 'img', 'iframe', 'style']).not.toContain(node.tagName)
        expect(Object.keys(node.properties).filter((key) => /^on/i.test(key))).toEqual([])
      })
    }
    expect(hostile.sources[0]?.html).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;')
    expect(hostile.sources[0]?.html).toContain('<mark data-rule="embed"')
    expect(hostile.canonicalHtml).toContain('[image: a remote picture]')
  })

  it('allows only its own scripts and no requests but https images (Content-Security-Policy)', () => {
    const meta = elements(
      (node) => node.tagName === 'meta' && node.properties.httpEquiv !== undefined,
    )
    const policy = String(meta[0]?.properties.content)
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain('img-src https:')
    const codes = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
    expect(codes).toHaveLength(2)
    const hashes = codes.map(
      (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
    )
    expect(policy).toContain(`script-src ${hashes.join(' ')}`)
    // The first script, before any data, adds img-src 'none' unless the page was opened with ?images=on.
    expect(codes[0]).toContain(`img-src 'none'`)
    expect(page.indexOf(codes[0] ?? '')).toBeLessThan(page.indexOf('<body>'))
  })

  it('needs report.json: an output folder without one is a usage error', async () => {
    const run = await runCli(dir, 'review', 'input')
    expect(run.code).toBe(64)
    expect(run.stderr).toContain('no report.json in')
  })
})
