import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runWinnow } from '../../src/index.js'
import { resolveOptions } from '../../src/options.js'
import { processFile } from '../../src/process-file.js'
import { readJinaPreamble } from '../../src/read/jina-preamble.js'

const fixtures = fileURLToPath(new URL('../../fixtures/markdown-scrapes/', import.meta.url))
const options = resolveOptions({ cwd: fixtures })
const url = 'https://www.garden-notes.example/guides/prune-roses/'
const title = 'How to Prune Roses in Late Winter'

/** Text of an envelope, or of the page around the article, that no output may hold. */
const unwanted = [
  'URL Source',
  'Markdown Content',
  'Published Time',
  'sourceURL',
  'statusCode',
  'ogImage',
  'Garden Notes',
  'Skip to content',
  'cookies',
  'Related posts',
  'bare-root',
  'Privacy policy',
  'All rights reserved',
]

describe('scraper envelopes', () => {
  for (const style of ['firecrawl', 'jina', 'crawl4ai', 'plain']) {
    it(`${style}: the title and URL come from the envelope, none of it is body text`, async () => {
      const processed = await processFile(`${style}.md`, options)
      const record = processed.record
      expect(processed.status).toBe('ok')
      expect(record?.title).toBe(title)
      if (style === 'plain') expect(record?.url).toBeUndefined()
      else expect(record?.url).toBe(url)
      if (style === 'jina') expect(record?.date).toBe('2026-02-01T09:00:00Z')
      const body = `${record?.intro}\n${JSON.stringify(record?.sections)}\n${record?.text}`
      for (const text of unwanted) expect(body).not.toContain(text)
      expect(record?.text).toContain('Pruning roses in late winter, just before the buds break')
      expect(record?.text).toContain('Finish by feeding the rose with a balanced fertiliser')
    })
  }

  it('no envelope text reaches the written JSON or Markdown of any style', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'winnow-envelopes-'))
    const result = await runWinnow({ cwd: fixtures, inputs: ['.'], out, jobs: 1 })
    // The four copies of one page form one group.
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]?.title).toBe(title)
    expect(result.articles[0]?.sources.map((source) => source.url ?? null).sort()).toEqual([
      url,
      url,
      url,
      null,
    ])
    for (const [name, bytes] of result.outputs) {
      if (name.endsWith('report.json')) continue
      for (const text of unwanted.filter((entry) => entry !== 'Garden Notes'))
        expect(bytes, name).not.toContain(text)
    }
  })
})

describe('the Jina Reader preamble', () => {
  it('is blanked, so that positions still point into the file', () => {
    const text = 'Title: A\n\nURL Source: https://a.example/\n\nMarkdown Content:\nBody text.\n'
    const read = readJinaPreamble(text)
    expect(read?.metadata).toEqual({ title: 'A', url: 'https://a.example/' })
    expect(read?.body.length).toBe(text.length)
    expect(read?.body.trimStart()).toBe('Body text.\n')
  })
  it('is not taken from an article that starts with "Title:" but has no preamble', () => {
    expect(readJinaPreamble('Title: why names matter\n\nA paragraph of text.\n')).toBeUndefined()
    expect(readJinaPreamble('Note: one\n\nMarkdown Content:\nx')).toBeUndefined()
  })
})
