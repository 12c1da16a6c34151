import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '../../bench/run/generate-corpus.js'

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
let cwd = ''

function clean(out: string, jobs: number) {
  const run = spawnSync(
    process.execPath,
    // --no-cache: both runs must process every file, the second in workers.
    [bin, 'clean', 'input', '--out', out, '--jobs', String(jobs), '--no-cache'],
    {
      cwd,
      encoding: 'utf8',
    },
  )
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function files(out: string): Map<string, string> {
  return new Map(
    readdirSync(path.join(cwd, out)).map((name) => [
      name,
      readFileSync(path.join(cwd, out, name), 'utf8'),
    ]),
  )
}

beforeAll(async () => {
  cwd = mkdtempSync(path.join(tmpdir(), 'winnow-jobs-'))
  // Scraped articles with ~10% near copies, plus the hostile e2e fixtures (bad bytes, XSS).
  await writeCorpus(path.join(cwd, 'input', 'corpus'), { docs: 300, seed: 7 })
  for (const fixture of ['bad-inputs', 'hostile-markup', 'repost-html-and-markdown'])
    cpSync(path.join(root, 'fixtures/e2e', fixture, 'input'), path.join(cwd, 'input', fixture), {
      recursive: true,
    })
})

afterAll(() => rmSync(cwd, { recursive: true, force: true }))

describe('the worker pool does not change the output', () => {
  it('--jobs 1 (in this thread) and --jobs 4 (workers) write the same bytes', () => {
    const one = clean('out-1', 1)
    const four = clean('out-4', 4)
    expect(one.code, one.stderr).toBe(2)
    expect(four.code, four.stderr).toBe(2)
    expect(four.stdout).toBe(one.stdout)
    expect(four.stderr).toBe(one.stderr)
    const expected = files('out-1')
    expect(expected.size).toBeGreaterThan(500)
    expect(files('out-4')).toEqual(expected)
    const report = JSON.parse(expected.get('report.json') ?? '{}')
    expect(
      report.clusters.some((cluster: { members: unknown[] }) => cluster.members.length > 1),
    ).toBe(true)
  }, 240_000)
})
