import { writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/index.js'
import { executableInMarkdown } from './helpers/executable-markup.js'
import { nestedDocument, numRuns, xssVectors } from './helpers/fragments.js'
import { removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

/** Every string in a JSON value, with the key it sits under. */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value]
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key)
  else if (value && typeof value === 'object')
    for (const [name, item] of Object.entries(value)) yield* strings(item, name)
}

/** Fields of an article JSON that hold Markdown; every other string is plain text. */
const markdownFields = new Set(['intro', 'body'])

/**
 * What in the outputs could run, rendered by a CommonMark renderer that
 * allows raw HTML: the Markdown files (with any URL scheme allowed too), the
 * JSON files as a whole, and each JSON string on its own.
 */
function unsafeOutputs(result: RunResult): string[] {
  const found: string[] = []
  for (const [name, text] of result.outputs) {
    const check = (what: string, markdown: string, dangerousProtocols: boolean) => {
      for (const item of executableInMarkdown(markdown, { dangerousProtocols }))
        found.push(`${name} ${what}: ${item}`)
    }
    if (name.endsWith('.md')) {
      check('file', text, true)
      continue
    }
    check('file', text, false)
    if (text.includes('<')) found.push(`${name}: a raw '<' in JSON`)
    for (const [key, value] of strings(JSON.parse(text))) check(key, value, markdownFields.has(key))
  }
  return found
}

async function runDocuments(documents: readonly string[]): Promise<RunResult> {
  const cwd = workspace()
  for (const [index, text] of documents.entries())
    writeFileSync(
      path.join(cwd, 'input', `doc-${index}.${text.startsWith('<!') ? 'html' : 'md'}`),
      text,
    )
  return run(cwd)
}

describe('output safety: nothing in Markdown or JSON can run script', () => {
  it('holds for every known vector, alone in a document', async () => {
    const result = await runDocuments(
      xssVectors.map(
        (vector, index) =>
          `---\ntitle: ${JSON.stringify(vector)}\n---\n\nDocument ${index} ${'x'.repeat(index + 1)}.\n\n${vector}\n\nAfter the vector.\n`,
      ),
    )
    expect(result.report.inputs.filter((input) => input.status === 'error')).toEqual([])
    expect(unsafeOutputs(result)).toEqual([])
  })

  it('holds for random mixes of content, ads and vectors, in Markdown and HTML (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(nestedDocument, { minLength: 1, maxLength: 3 }),
        async (documents) => {
          const result = await runDocuments(documents)
          expect(result.report.inputs.filter((input) => input.status === 'error')).toEqual([])
          expect(unsafeOutputs(result)).toEqual([])
        },
      ),
      { numRuns: numRuns(150) },
    )
  }, 180_000)

  it('catches unsafe markup when it is there (the check itself works)', () => {
    expect(executableInMarkdown('<img src=x onerror=alert(1)>')).toEqual(['img[onError]'])
    expect(executableInMarkdown('[x](javascript:alert(1))', { dangerousProtocols: true })).toEqual([
      'a[href=javascript:alert(1)]',
    ])
    expect(executableInMarkdown('<a href="jav&#x09;ascript:x">x</a>')).toEqual([
      'a[href=jav\tascript:x]',
    ])
  })
})
