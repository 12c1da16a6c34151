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

describe('a low limit on open files (ulimit -n)', () => {
  it('finishes the batch at 64 with --jobs 1, 192 with --jobs 2, 1024 with --jobs 16, as without a limit', async () => {
    const cwd = workspace(articles(50, 'Limited'))
    const free = cli(cwd, ['clean', '--out', 'free', '--jobs', '2', '--no-cache', '--quiet'])
    expect(free.code, free.stderr).toBe(0)
    const expected = outputFiles(path.join(cwd, 'free'))
    for (const [limit, jobs] of [
      [64, 1],
      [64, 2],
      [192, 2],
      [1024, 16],
    ] as const) {
      const out = `out-${limit}-${jobs}`
      const run = await start(cwd, ['clean', '--out', out, '--jobs', String(jobs), '--quiet'], {
        before: `ulimit -n ${limit}`,
      }).done
      expect(run.code, `ulimit -n ${limit} --jobs ${jobs}: ${run.stderr}`).toBe(0)
      expect(run.stderr).toBe('')
      expect(outputFiles(path.join(cwd, out)), `ulimit -n ${limit} --jobs ${jobs}`).toEqual(
        expected,
      )
      expectConsistent(path.join(cwd, out))
    }
  }, 600_000)
})
