import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, removeWorkspaces, workspace } from './helpers.js'

afterAll(removeWorkspaces)

// A sample article 100 times over (2 MB, thousands of ad blocks): seconds of work.
// (Pathological inline syntax is no longer slow: see bench/linear.)
const slow = readFileSync(
  path.join(import.meta.dirname, '../../input/000_0feee18a19166be3.txt'),
  'utf8',
).repeat(100)

describe('--time-limit applies everywhere', () => {
  for (const [name, extra] of [
    ['with a single input', []],
    ['with --filter-list', ['--filter-list', 'list.txt']],
  ] as const) {
    it(name, () => {
      const cwd = workspace({ 'slow.md': slow })
      writeFileSync(path.join(cwd, 'list.txt'), '##.sponsored\n||ads.example.com^\n')
      const started = performance.now()
      const run = cli(cwd, ['clean', '--out', 'out', '--time-limit', '3000', ...extra], {
        timeout: 120_000,
      })
      const seconds = (performance.now() - started) / 1000
      expect(run.code, run.stderr).toBe(2)
      expect(run.stderr).toContain('took longer than the time limit of 3000 ms')
      // Stopped at the limit, not after the minutes the file would take.
      expect(seconds).toBeLessThan(45)
    }, 120_000)
  }

  it('filter lists still apply in workers: the same removals as in this thread', () => {
    // fixtures/config's winnow.config.json names a filter list.
    const cwd = path.join(import.meta.dirname, '../../fixtures/config')
    const removed = (jobs: string) => {
      const out = path.join(workspace(), 'out')
      const run = cli(cwd, ['clean', 'article.md', '--out', out, '--jobs', jobs, '--no-cache'])
      expect(run.code, run.stderr).toBe(0)
      return JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).inputs[0].removed
    }
    const inWorker = removed('2')
    expect(inWorker['filter-list']).toBe(3)
    expect(inWorker).toEqual(removed('1'))
  }, 120_000)
})
