import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SWITCH_PLAN } from '../../src/write/staging-folder.js'
import { writeOutputs } from '../../src/write/write-outputs.js'
import {
  articles,
  cli,
  expectConsistent,
  outputFiles,
  removeWorkspaces,
  start,
  waitFor,
  workspace,
} from './helpers.js'

afterAll(removeWorkspaces)

const outputs = (entries: Record<string, string>) => new Map(Object.entries(entries))

describe('a run killed while writing, then a group disappears', () => {
  it('--check counts the files of a group that is gone as a change; the next run removes them', () => {
    const cwd = workspace(articles(3, 'Kept'))
    expect(cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet']).code).toBe(0)
    const before = Object.keys(outputFiles(path.join(cwd, 'out')))
    rmSync(path.join(cwd, 'input', 'a-1.md'))
    const check = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--check'])
    expect(check.code, check.stderr).toBe(1)
    expect(check.stderr).toMatch(/output would change: .*kept-[a-z-]+-1\.json/)
    expect(cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet']).code).toBe(0)
    const after = Object.keys(outputFiles(path.join(cwd, 'out')))
    expect(after.length).toBe(before.length - 2)
    expectConsistent(path.join(cwd, 'out'))
    expect(cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--check']).code).toBe(0)
  }, 120_000)

  it('finishes the switch of a killed run that had committed, and removes the staging of one that had not', async () => {
    const out = path.join(workspace(), 'out')
    const a = {
      'a.json': '{"slug":"a"}\n',
      'a.md': '# A\n',
      'report.json': '{"clusters":[{"slug":"a"}]}\n',
    }
    const b = {
      'b.json': '{"slug":"b"}\n',
      'b.md': '# B\n',
      'report.json': '{"clusters":[{"slug":"b"}]}\n',
    }
    await writeOutputs(out, outputs(a))

    // Killed after its commit, halfway through the switch: b.json already moved in.
    const committed = path.join(out, '.winnow-staging-999999-aaaaaaaaaaaa')
    mkdirSync(committed)
    writeFileSync(path.join(out, 'b.json'), b['b.json'])
    writeFileSync(path.join(committed, 'b.md'), b['b.md'])
    writeFileSync(path.join(committed, 'report.json'), b['report.json'])
    writeFileSync(
      path.join(committed, SWITCH_PLAN),
      JSON.stringify({ write: ['b.json', 'b.md', 'report.json'], remove: ['a.json', 'a.md'] }),
    )
    // Killed before its commit.
    const uncommitted = path.join(out, '.winnow-staging-999998-bbbbbbbbbbbb')
    mkdirSync(uncommitted)
    writeFileSync(path.join(uncommitted, 'c.json'), '{"half')

    // This run's outputs are b's: after recovery, nothing is left to change.
    const plan = await writeOutputs(out, outputs(b))
    expect(plan).toEqual({ write: [], remove: [] })
    expect(outputFiles(out)).toEqual(b)
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('after SIGKILL at any point of writing, the rerun leaves exactly what a fresh run writes', async () => {
    const cwd = workspace(articles(80, 'First'))
    const out = path.join(cwd, 'out')
    expect(cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet']).code).toBe(0)
    for (const [name, text] of Object.entries(articles(80, 'Second', { seed: 9 })))
      writeFileSync(path.join(cwd, 'input', name), text)
    const run = start(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet'], {
      stdio: 'ignore',
    })
    const staging = () => readdirSync(out).some((name) => name.startsWith('.winnow-staging-'))
    const caught = await waitFor(staging, 100_000)
    run.child.kill('SIGKILL')
    await run.done
    expect(caught, 'the run finished before it staged anything').toBe(true)
    // Whatever the kill interrupted, the folder is one run's complete output or the other's.
    expect(readdirSync(out).filter((name) => name.startsWith('.winnow-staging-')).length).toBe(1)

    // A group disappears; the rerun finishes or drops the killed switch, then writes its own.
    rmSync(path.join(cwd, 'input', 'a-5.md'))
    const rerun = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--quiet'])
    expect(rerun.code, rerun.stderr).toBe(0)
    expectConsistent(out)
    const fresh = cli(cwd, ['clean', '--out', 'fresh', '--jobs', '1', '--quiet', '--no-cache'])
    expect(fresh.code, fresh.stderr).toBe(0)
    expect(outputFiles(out)).toEqual(outputFiles(path.join(cwd, 'fresh')))
    expect(Object.keys(outputFiles(out)).some((name) => name.includes('-5.'))).toBe(false)
  }, 300_000)
})
