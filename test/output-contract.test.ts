import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { runToMemory } from './helpers/run-to-memory.js'

const root = path.join(import.meta.dirname, '..')
const ajv = new Ajv({ allErrors: true, strict: true })
const validateArticle = ajv.compile(
  JSON.parse(readFileSync(path.join(root, 'schema/article.schema.json'), 'utf8')),
)
const validateReport = ajv.compile(
  JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8')),
)
const cases = [
  '.',
  'fixtures/e2e/repost-html-and-markdown',
  'fixtures/e2e/bad-inputs',
  'fixtures/e2e/hostile-markup',
  'fixtures/e2e/independent-same-topic',
]

describe('output contract', () => {
  for (const name of cases) {
    it(`${name}: every JSON output matches its schema, and Markdown has no raw HTML`, async () => {
      const result = await runToMemory(path.join(root, name))
      for (const [file, content] of result.outputs) {
        if (file === 'report.json') {
          expect(validateReport(JSON.parse(content)), ajv.errorsText(validateReport.errors)).toBe(
            true,
          )
        } else if (file.endsWith('.json')) {
          expect(validateArticle(JSON.parse(content)), ajv.errorsText(validateArticle.errors)).toBe(
            true,
          )
        } else {
          let html = 0
          visit(fromMarkdown(content), 'html', () => {
            html++
          })
          expect(html, `${file} has raw HTML`).toBe(0)
        }
      }
    })
  }

  it('every input is accounted for in the report', async () => {
    const result = await runToMemory(path.join(root, 'fixtures/e2e/bad-inputs'))
    expect(result.report.inputs.map((input) => [input.path, input.status])).toEqual([
      ['input/empty.md', 'skipped'],
      ['input/good.md', 'ok'],
      ['input/image.md', 'skipped'],
      ['input/js-front-matter.md', 'error'],
      ['input/latin1.md', 'error'],
      ['input/unterminated.md', 'error'],
    ])
    for (const input of result.report.inputs) {
      if (input.status !== 'ok') expect(input.reason).toBeTruthy()
    }
  })

  it('output does not depend on the order of the inputs', async () => {
    const folder = path.join(root, 'fixtures/e2e/repost-html-and-markdown')
    const forward = await runToMemory(folder, {
      inputs: ['input/original.md', 'input/repost.html'],
    })
    const backward = await runToMemory(folder, {
      inputs: ['input/repost.html', 'input/original.md'],
    })
    expect([...backward.outputs]).toEqual([...forward.outputs])
  })
})
