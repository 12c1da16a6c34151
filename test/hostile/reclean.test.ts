import { readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/index.js'
import { runToMemory } from '../helpers/run-to-memory.js'
import { document, numRuns } from './helpers/fragments.js'
import { removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const root = path.join(import.meta.dirname, '../..')

/**
 * The Markdown files of a run, sorted, without the front matter's `sources`
 * (paths of the inputs). File names are left aside: a title with no letters
 * gets a slug from a hash of its input's bytes, which re-cleaning changes.
 */
function markdownFiles(result: RunResult): string[] {
  const files: string[] = []
  for (const [name, text] of result.outputs)
    if (name.endsWith('.md')) files.push(text.replace(/^sources:\n(?: {2}- .*\n)+/m, ''))
  return files.sort()
}

/** Clean the Markdown outputs of a run again, each file under its own name. */
async function reclean(result: RunResult): Promise<RunResult> {
  const files: Record<string, string> = {}
  for (const [name, text] of result.outputs) if (name.endsWith('.md')) files[name] = text
  return run(workspace(files))
}

describe('re-cleaning winnow’s own Markdown is byte-identical after one pass', () => {
  const folders = [
    '.',
    ...readdirSync(path.join(root, 'fixtures/e2e')).map((name) => `fixtures/e2e/${name}`),
  ]
  for (const folder of folders) {
    it(folder, async () => {
      const first = await runToMemory(path.join(root, folder), { jobs: 1 })
      const second = await reclean(first)
      expect(markdownFiles(second)).toEqual(markdownFiles(first))
      for (const input of second.report.inputs)
        expect(input.removed, `${input.path} had removals`).toBeUndefined()
    })
  }

  it('holds for random documents with injection vectors and markup shown as text (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const cwd = workspace({ [`doc.${text.startsWith('<!') ? 'html' : 'md'}`]: text })
        const first = await run(cwd)
        if (first.articles.length === 0) return
        const second = await reclean(first)
        expect(markdownFiles(second)).toEqual(markdownFiles(first))
      }),
      { numRuns: numRuns(40) },
    )
  }, 120_000)
})
