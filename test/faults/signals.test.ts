import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  articles,
  cli,
  expectConsistent,
  outputFiles,
  removeWorkspaces,
  spillFolders,
  start,
  waitFor,
  workspace,
} from './helpers.js'

afterAll(removeWorkspaces)

/** A workspace with a finished output, new inputs, and a temp folder of its own for spill folders. */
function prepared() {
  const cwd = workspace(articles(60, 'First'))
  const tmp = path.join(cwd, 'tmp')
  mkdirSync(tmp)
  const env = { ...process.env, TMPDIR: tmp }
  const first = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet'])
  expect(first.code, first.stderr).toBe(0)
  const previous = outputFiles(path.join(cwd, 'out'))
  return { cwd, tmp, env, previous }
}

describe('SIGINT, SIGTERM and SIGKILL', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: exits ${code}, removes its spill folder, leaves the output as it was`, async () => {
      const { cwd, tmp, env, previous } = prepared()
      const run = start(cwd, ['clean', '--out', 'out', '--jobs', '2', '--no-cache', '--quiet'], {
        env,
      })
      expect(await waitFor(() => spillFolders(tmp).length > 0)).toBe(true)
      run.child.kill(signal)
      const result = await run.done
      expect(result.code, result.stderr).toBe(code)
      expect(result.stderr).toMatch(/stopped by a signal/)
      expect(spillFolders(tmp)).toEqual([])
      expect(outputFiles(path.join(cwd, 'out'))).toEqual(previous)
      expectConsistent(path.join(cwd, 'out'))
    }, 180_000)
  }

  it('SIGTERM while staging: the staging folder is removed, the output as it was', async () => {
    const { cwd, env, previous } = prepared()
    const out = path.join(cwd, 'out')
    // New titles: every file is written again.
    const second = workspace(articles(60, 'Second', { seed: 3 }))
    const run = start(
      cwd,
      ['clean', path.join(second, 'input'), '--out', 'out', '--jobs', '1', '--quiet'],
      {
        env,
      },
    )
    const staging = () => readdirSync(out).some((name) => name.startsWith('.winnow-staging-'))
    const caught = await waitFor(staging, 120_000)
    run.child.kill('SIGTERM')
    const result = await run.done
    expect(caught, 'the run finished before it staged anything').toBe(true)
    expect([143, 0]).toContain(result.code)
    if (result.code === 143) expect(outputFiles(out)).toEqual(previous)
    expectConsistent(out)
  }, 180_000)

  it("SIGKILL: the next run removes the dead run's spill folder, and only that", async () => {
    const { cwd, tmp, env } = prepared()
    mkdirSync(path.join(tmp, 'winnow-spill-keep-me'))
    const run = start(cwd, ['clean', '--out', 'out', '--jobs', '1', '--no-cache', '--quiet'], {
      env,
    })
    expect(await waitFor(() => spillFolders(tmp).length > 1)).toBe(true)
    run.child.kill('SIGKILL')
    await run.done
    expect(spillFolders(tmp).length).toBe(2)
    const next = await start(
      cwd,
      ['clean', '--out', 'out', '--jobs', '1', '--no-cache', '--quiet'],
      {
        env,
      },
    ).done
    expect(next.code, next.stderr).toBe(0)
    expect(spillFolders(tmp)).toEqual(['winnow-spill-keep-me'])
    expectConsistent(path.join(cwd, 'out'))
  }, 180_000)
})
