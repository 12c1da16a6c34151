import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom, sentence } from '../../bench/run/scraped-article.js'
import { DEFAULT_TIME_LIMIT_MS } from '../../src/options.js'
import { cli, entry, goodArticle, removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

/** A long HTML article: paragraphs, a heading every 40, links, about `bytes` long. */
function longArticle(bytes: number): string {
  const random = seededRandom(3)
  const parts = [
    '<!doctype html><html><head><title>Long read</title></head><body><article><h1>Long read</h1>',
  ]
  let length = parts[0]?.length ?? 0
  for (let index = 1; length < bytes; index++) {
    const part = `${index % 40 === 0 ? `<h2>Part ${index}</h2>` : ''}<p>${Array.from({ length: 8 }, () => sentence(random)).join(' ')} <a href="https://example.com/${index}">more</a></p>`
    parts.push(part)
    length += part.length
  }
  parts.push('</article></body></html>')
  return parts.join('\n')
}

describe('large files', () => {
  it('skips a file over --max-bytes with a reason, and goes on', async () => {
    const cwd = workspace({
      'good.md': goodArticle,
      'big.md': `# Big\n\n${'word '.repeat(5000)}\n`,
    })
    const result = await run(cwd, { maxBytes: 10_000 })
    const size = readFileSync(path.join(cwd, 'input/big.md')).byteLength
    expect(entry(result, 'input/big.md')).toMatchObject({
      status: 'skipped',
      reason: `file is ${size} bytes, over the limit of 10000 bytes (raise --max-bytes to process it)`,
    })
    expect(entry(result, 'input/good.md').status).toBe('ok')
  })

  it('skips a 20 GB file without reading it', async () => {
    const cwd = workspace({ 'good.md': goodArticle })
    const handle = openSync(path.join(cwd, 'input/huge.md'), 'w')
    ftruncateSync(handle, 20 * 1024 ** 3) // sparse: no disk used
    closeSync(handle)
    const before = process.memoryUsage().rss
    const started = performance.now()
    const result = await run(cwd)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 ** 2)
    expect(entry(result, 'input/huge.md')).toMatchObject({ status: 'skipped' })
    expect(entry(result, 'input/huge.md').reason).toMatch(
      /^file is 21474836480 bytes, over the limit/,
    )
  })

  it('processes a 6 MB article within the time limit, in a worker', () => {
    const cwd = workspace({ 'good.md': goodArticle })
    writeFileSync(path.join(cwd, 'input/long.html'), longArticle(6 * 1024 * 1024))
    const started = performance.now()
    const ran = cli(cwd, ['clean', '--out', 'out', '--jobs', '2'], { timeout: 170_000 })
    const elapsed = performance.now() - started
    expect(ran.code, ran.stderr).toBe(0)
    expect(elapsed).toBeLessThan(DEFAULT_TIME_LIMIT_MS + 10_000)
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))
    expect(report.inputs.map((input: { status: string }) => input.status)).toEqual(['ok', 'ok'])
    const article = JSON.parse(readFileSync(path.join(cwd, 'out/long-read.json'), 'utf8'))
    expect(article.sections.length).toBeGreaterThan(100)
  }, 180_000)
})
