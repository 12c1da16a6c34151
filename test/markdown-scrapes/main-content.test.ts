import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../src/options.js'
import { processFile } from '../../src/process-file.js'

const fixtures = fileURLToPath(new URL('../../fixtures/markdown-scrapes/', import.meta.url))
const samples = fileURLToPath(new URL('../../input/', import.meta.url))

describe('main content of a whole-page Markdown scrape', () => {
  it('reports every removed block as main-content, with its line', async () => {
    const { file } = await processFile('plain.md', resolveOptions({ cwd: fixtures }))
    const removed = file.messages.filter((message) => message.ruleId === 'main-content')
    // Skip link, menu, cookie banner, breadcrumbs; the related posts heading, its
    // list (one loose list with the legal links), the copyright line.
    expect(removed.map((message) => message.line)).toEqual([1, 3, 9, 11, 23, 25, 32])
    for (const message of removed) {
      expect(message.source).toBe('winnow')
      expect(message.reason).toMatch(/^Unexpected .+, expected the article's main content$/)
    }
    expect(removed.find((message) => message.line === 9)?.reason).toContain('site chrome')
  })
  it('leaves an article with front matter alone (not a whole page)', async () => {
    for (const name of ['000_0feee18a19166be3.txt', '001_71256f6104bc8129.txt']) {
      const { file, status } = await processFile(name, resolveOptions({ cwd: samples }))
      expect(status).toBe('ok')
      expect(file.messages.filter((message) => message.ruleId === 'main-content')).toEqual([])
    }
  })
})
