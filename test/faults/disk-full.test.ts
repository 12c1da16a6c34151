import { statfsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  articles,
  cli,
  expectConsistent,
  mountTmpfs,
  outputFiles,
  removeWorkspaces,
  unmount,
  workspace,
} from './helpers.js'

const mounts: string[] = []
afterAll(() => {
  for (const dir of mounts.splice(0)) unmount(dir)
  removeWorkspaces()
})

/** A workspace whose `out` is a small tmpfs holding the output of 3 articles. */
function smallDisk(options: string) {
  const cwd = workspace(articles(3, 'First'))
  const out = path.join(cwd, 'out')
  const mounted = mountTmpfs(out, options)
  if (mounted.ok) mounts.push(out)
  return { cwd, out, mounted }
}

describe('output disk full', () => {
  it('fails with one line naming the folder and the room needed, and leaves the previous output as it was', (context) => {
    const { cwd, out, mounted } = smallDisk('size=256k')
    if (!mounted.ok) return context.skip(mounted.why)
    const first = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--no-cache', '--quiet'])
    expect(first.code, first.stderr).toBe(0)
    const previous = outputFiles(out)
    const free = statfsSync(out).bfree
    // Forty long articles: more than the disk holds.
    for (const [name, text] of Object.entries(articles(40, 'Second', { words: 400 })))
      writeFileSync(path.join(cwd, 'input', name), text)

    const full = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--no-cache'])
    expect(full.code).toBe(74)
    const lines = full.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^winnow: not enough space to write the output in .*out: it needs [\d.]+ [KM]?B/,
    )
    expect(full.stderr).not.toMatch(/\n\s+at /)
    expect(outputFiles(out)).toEqual(previous)
    expectConsistent(out)
    // Nothing of the failed run is left taking room.
    expect(statfsSync(out).bfree).toBe(free)
  }, 120_000)

  it('turns ENOSPC in the middle of writing (out of inodes) into the same line, the previous output intact', (context) => {
    const { cwd, out, mounted } = smallDisk('size=4m,nr_inodes=16')
    if (!mounted.ok) return context.skip(mounted.why)
    const first = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--no-cache', '--quiet'])
    expect(first.code, first.stderr).toBe(0)
    const previous = outputFiles(out)
    // Free space is plenty; file entries run out while the new files are staged.
    for (const [name, text] of Object.entries(articles(12, 'Second')))
      writeFileSync(path.join(cwd, 'input', name), text)

    const full = cli(cwd, ['clean', '--out', 'out', '--jobs', '1', '--no-cache'])
    expect(full.code, full.stderr).toBe(74)
    expect(full.stderr.trim().split('\n')).toHaveLength(1)
    expect(full.stderr).toMatch(/not enough space to write the output in .*out/)
    expect(outputFiles(out)).toEqual(previous)
    expectConsistent(out)
  }, 120_000)
})
