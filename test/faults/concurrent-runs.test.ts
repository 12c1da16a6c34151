import { mkdirSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  articles,
  cli,
  expectConsistent,
  outputFiles,
  removeWorkspaces,
  start,
  workspace,
} from './helpers.js'

afterAll(removeWorkspaces)

const ROUNDS = 10

describe('concurrent runs on one output folder and one cache', () => {
  it(`3 runs at once, ${ROUNDS} times: the folder is always exactly one run's output`, async () => {
    const shared = workspace()
    const cache = path.join(shared, 'cache')
    mkdirSync(cache)
    const out = path.join(shared, 'out')
    // Three folders with the same input paths and different articles: their
    // cache entries share slots, so each run rewrites the others' entries.
    const runs = ['Alpha', 'Beta', 'Gamma'].map((prefix, index) => {
      const cwd = workspace(articles(3, prefix, { seed: index + 1 }))
      symlinkSync(cache, path.join(cwd, '.winnow-cache'))
      const alone = cli(cwd, ['clean', '--out', 'alone', '--jobs', '1', '--no-cache', '--quiet'])
      expect(alone.code, alone.stderr).toBe(0)
      return { cwd, expected: outputFiles(path.join(cwd, 'alone')) }
    })

    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(
        runs.map(({ cwd }) => start(cwd, ['clean', '--out', out, '--jobs', '1', '--quiet']).done),
      )
      for (const result of results) expect(result.code, result.stderr).toBe(0)
      const files = outputFiles(out)
      const matches = runs.filter(
        ({ expected }) => JSON.stringify(expected) === JSON.stringify(files),
      )
      expect(matches.length, `round ${round}: the folder is no single run's output`).toBe(1)
      expectConsistent(out)
    }
  }, 900_000)
})
