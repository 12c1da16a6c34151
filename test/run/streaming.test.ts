import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runWinnow } from '../../src/index.js'
import { resolveOptions } from '../../src/options.js'
import { processInputs } from '../../src/run/process-inputs.js'
import { type ProcessedInput, toProcessedInput } from '../../src/run/processed-input.js'

const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-streaming-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const article = (index: number) =>
  `# Article ${index}\n\nWords of article ${index}: ${'lorem '.repeat(index + 3)}ipsum.\n\n<!-- ad start -->\n<div>Buy now</div>\n<!-- ad end -->\n`

describe('streaming: each file is read when its turn comes, and little is kept', () => {
  mkdirSync(path.join(cwd, 'input'))
  for (let index = 0; index < 5; index++)
    writeFileSync(path.join(cwd, 'input', `a-${index}.md`), article(index))

  it('reads files one at a time, not all up front', async () => {
    const progress: string[] = []
    const result = await runWinnow({
      cwd,
      out: path.join(cwd, 'out'),
      jobs: 1,
      onFileDone: (done, total) => {
        progress.push(`${done}/${total}`)
        // Once the first file is done, the last one goes: it has not been read yet.
        if (done === 1) rmSync(path.join(cwd, 'input', 'a-4.md'))
      },
    })
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5'])
    expect(result.report.inputs.at(-1)).toEqual({
      path: 'input/a-4.md',
      status: 'error',
      reason: 'the file disappeared before it could be read',
    })
  })

  it('keeps no input text and no per-removal messages, only counts', async () => {
    const result = await runWinnow({ cwd, out: path.join(cwd, 'out'), jobs: 1 })
    for (const file of result.files) {
      expect(file.value).toBeUndefined()
      expect(file.messages.filter((message) => message.fatal === undefined)).toEqual([])
    }
    expect(result.report.inputs[0]?.removed).toEqual({ 'marker-block': 1 })
  })

  it('holds a summary of each record while grouping, and loads the whole one back from disk', async () => {
    const options = resolveOptions({ cwd, out: path.join(cwd, 'out'), jobs: 1 })
    const files = ['input/a-1.md', 'input/a-2.md']
    const kept: ProcessedInput[] = []
    const { records } = await processInputs(files, options, (index, outcome, stored) => {
      expect(stored).toBe(true)
      kept[index] = toProcessedInput(outcome, cwd, { summarize: stored })
    })
    try {
      for (const item of kept) {
        const article = item.article
        if (!article) throw new Error(`no article for ${item.path}`)
        for (const field of ['intro', 'items', 'sections', 'text'])
          expect(article.record).not.toHaveProperty(field)
        expect(article.length).toBeGreaterThan(20)
        const whole = records.load(article.path, article.sha256)?.record
        expect(whole?.intro).toContain('Words of article')
        expect(whole?.text.length).toBe(article.length)
        expect(records.load(article.path, 'f'.repeat(64))).toBeUndefined()
      }
    } finally {
      await records.close()
    }
  })
})
