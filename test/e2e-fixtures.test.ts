import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectFile } from './helpers/expected-file.js'
import { runToMemory } from './helpers/run-to-memory.js'

const folder = path.join(import.meta.dirname, '../fixtures/e2e')
const cases = readdirSync(folder)

describe('end-to-end fixtures (input/ → expected/)', () => {
  for (const name of cases) {
    it(name, async () => {
      const cwd = path.join(folder, name)
      const result = await runToMemory(cwd)
      const expected = path.join(cwd, 'expected')
      if (process.env.UPDATE_FIXTURES === '1' && !process.env.CI)
        mkdirSync(expected, { recursive: true })
      const names = [...result.outputs.keys()].sort()
      expectFile(path.join(expected, 'FILES.txt'), `${names.join('\n')}\n`)
      for (const [file, content] of result.outputs) expectFile(path.join(expected, file), content)
      // No expected file is left that the run no longer makes.
      if (existsSync(expected)) {
        const extra = readdirSync(expected).filter(
          (file) => file !== 'FILES.txt' && !result.outputs.has(file),
        )
        expect(extra).toEqual([])
      }
    })
  }
})
