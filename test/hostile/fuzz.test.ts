import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../bench/fuzz/check-document.js'
import { mutate } from '../../bench/fuzz/mutate.js'
import { loadSeeds } from '../../bench/fuzz/seeds.js'
import { xssVectors } from '../../bench/fuzz/xss-vectors.js'
import { seededRandom } from '../../bench/run/scraped-article.js'

/**
 * The mutation fuzzer (`npm run fuzz`) for a fixed, short run: the same
 * mutants of the samples and fixtures every time. `npm run fuzz -- --minutes
 * N` runs it longer, on real pages too, with a time limit per document.
 */
describe('mutation fuzzing, a short fixed run', () => {
  it('finds no crash and no unsafe output in 40 mutants of the repo’s pages', async () => {
    const seeds = loadSeeds({ corpus: false })
    expect(seeds.length).toBeGreaterThan(10)
    const random = seededRandom(20261204)
    const findings: string[] = []
    for (let index = 0; index < 40; index++) {
      const seed = seeds[Math.floor(random.float() * seeds.length)]
      if (!seed) continue
      const verdict = await checkDocument(
        mutate(seed.text, random, { pieces: xssVectors }),
        seed.name,
      )
      if (verdict.crash) findings.push(`${seed.name}: crash ${verdict.crash.split('\n')[0]}`)
      for (const item of verdict.unsafe) findings.push(`${seed.name}: unsafe ${item}`)
    }
    expect(findings).toEqual([])
  }, 120_000)

  it('sees an unsafe output when there is one (the check itself works)', async () => {
    // A vector that winnow keeps as text is safe; the judge must still flag the raw form.
    const { executableInMarkdown } = await import('./helpers/executable-markup.js')
    expect(executableInMarkdown('<script>alert(1)</script>')).toEqual(['<script>'])
  })
})
