import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CanonicalArticle } from '../src/index.js'
import { runToMemory } from './helpers/run-to-memory.js'

const root = path.join(import.meta.dirname, '..')

/** The article content, without what depends on the set of files read (sources, other titles). */
function content(article: CanonicalArticle) {
  const { sources: _sources, slug: _slug, titleVariants: _variants, ...rest } = article
  return rest
}

describe('idempotence', () => {
  for (const name of [
    '.',
    'fixtures/e2e/repost-html-and-markdown',
    'fixtures/e2e/hostile-markup',
  ]) {
    it(`${name}: cleaning winnow's own Markdown output again changes nothing`, async () => {
      const first = await runToMemory(path.join(root, name))
      const again = mkdtempSync(path.join(tmpdir(), 'winnow-again-'))
      // Write the first run's Markdown as the input of the second.
      mkdirSync(path.join(again, 'input'), { recursive: true })
      for (const [file, text] of first.outputs)
        if (file.endsWith('.md')) writeFileSync(path.join(again, 'input', file), text)
      const second = await runToMemory(again)
      expect(second.articles.map(content)).toEqual(first.articles.map(content))
      for (const input of second.report.inputs)
        expect(input.removed, `${input.path} had removals`).toBeUndefined()
    })
  }
})
