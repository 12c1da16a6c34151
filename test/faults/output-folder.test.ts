import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { articles, cli, mountTmpfs, removeWorkspaces, unmount, workspace } from './helpers.js'

const mounts: string[] = []
afterAll(() => {
  for (const dir of mounts.splice(0)) unmount(dir)
  removeWorkspaces()
})

/**
 * Checked before any input is processed: nothing is read, nothing cached,
 * one line, exit 73, and `--dry-run` says the same.
 */
function expectRefused(cwd: string, out: string, message: RegExp) {
  for (const mode of [[], ['--dry-run']]) {
    const run = cli(cwd, ['clean', '--out', out, ...mode])
    expect(run.code, `${mode.join(' ')} ${run.stderr}`).toBe(73)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
    expect(run.stdout).not.toMatch(/would write/)
    expect(existsSync(path.join(cwd, '.winnow-cache')), 'an input was processed').toBe(false)
  }
}

describe('the output folder is checked first', () => {
  it('refuses an output path that is a file, or is under one', () => {
    const cwd = workspace(articles(2, 'Checked'))
    writeFileSync(path.join(cwd, 'taken'), 'a file\n')
    expectRefused(cwd, 'taken', /^winnow: output folder taken is a file, not a folder/)
    expectRefused(cwd, 'taken/out', /^winnow: output folder taken\/out is inside .*taken, a file/)
  }, 120_000)

  it('refuses a read-only output folder, and one that cannot be created there', (context) => {
    const cwd = workspace(articles(2, 'Checked'))
    const readOnly = path.join(cwd, 'ro')
    const mounted = mountTmpfs(readOnly, 'ro,size=64k')
    if (!mounted.ok) return context.skip(mounted.why)
    mounts.push(readOnly)
    expectRefused(cwd, 'ro', /^winnow: output folder ro is on a read-only file system/)
    expectRefused(cwd, 'ro/out', /^winnow: output folder ro\/out cannot be created .*read-only/)
  }, 120_000)

  it('creates a missing output folder, but not with --dry-run', () => {
    const cwd = workspace(articles(2, 'Checked'))
    mkdirSync(path.join(cwd, 'deep'))
    const dry = cli(cwd, ['clean', '--out', 'deep/er/out', '--dry-run', '--jobs', '1'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(existsSync(path.join(cwd, 'deep/er'))).toBe(false)
    const run = cli(cwd, ['clean', '--out', 'deep/er/out', '--jobs', '1', '--quiet'])
    expect(run.code, run.stderr).toBe(0)
    expect(existsSync(path.join(cwd, 'deep/er/out/report.json'))).toBe(true)
  }, 120_000)
})
