import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, '../..')
const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-time-limit-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const good = (title: string) =>
  `# ${title}\n\nA short article about ${title}, processed in milliseconds.\n`

describe('--time-limit', () => {
  it('stops a file that takes too long, reports it, and finishes the batch', () => {
    mkdirSync(path.join(cwd, 'input'))
    writeFileSync(path.join(cwd, 'input/first.md'), good('kettles'))
    // A sample article 100 times over (2 MB, thousands of ad blocks): seconds of work.
    // (Pathological inline syntax is no longer slow: see bench/linear.)
    const sample = readFileSync(
      path.join(root, 'input', readdirSync(path.join(root, 'input'))[0] ?? ''),
      'utf8',
    )
    writeFileSync(path.join(cwd, 'input/slow.md'), sample.repeat(100))
    writeFileSync(path.join(cwd, 'input/last.md'), good('teapots'))
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'bin/winnow.js'),
        'clean',
        '--out',
        'out',
        '--jobs',
        '2',
        '--time-limit',
        '2000',
      ],
      { cwd, encoding: 'utf8', timeout: 60_000 },
    )
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toContain('input/slow.md')
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))
    expect(report.inputs).toEqual([
      expect.objectContaining({ path: 'input/first.md', status: 'ok' }),
      expect.objectContaining({ path: 'input/last.md', status: 'ok' }),
      {
        path: 'input/slow.md',
        status: 'error',
        reason:
          'took longer than the time limit of 2000 ms and was stopped (raise --time-limit to allow more)',
      },
    ])
  }, 60_000)

  it('is a usage error when it is not a positive whole number', () => {
    for (const [value, message] of [
      ['0', 'time limit must be a positive whole number, got 0'],
      ['1.5', 'time limit must be a positive whole number, got 1.5'],
      ['soon', "--time-limit takes a number, got 'soon'"],
    ]) {
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'bin/winnow.js'), 'clean', '--out', 'out2', `--time-limit=${value}`],
        { cwd, encoding: 'utf8' },
      )
      expect(run.status).toBe(64)
      expect(run.stderr).toContain(message)
    }
  })
})
