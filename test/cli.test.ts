import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, '..')
const bin = path.join(root, 'bin/winnow.js')
const temporary: string[] = []

function workspace(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-cli-'))
  temporary.push(dir)
  cpSync(path.join(root, fixture), path.join(dir, 'input'), { recursive: true })
  return dir
}

function winnow(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir))
    out[name] = createHash('sha256')
      .update(readFileSync(path.join(dir, name)))
      .digest('hex')
  return out
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('winnow clean (the CLI)', () => {
  it('writes input → output by default, then --check passes and writes nothing', () => {
    const cwd = workspace('input')
    const first = winnow(cwd, 'clean')
    expect(first.code, first.stderr).toBe(0)
    expect(readdirSync(path.join(cwd, 'output'))).toContain('report.json')
    const before = statSync(path.join(cwd, 'output/report.json')).mtimeMs
    const check = winnow(cwd, 'clean', 'input', '--out', 'output', '--check')
    expect(check.code, check.stderr).toBe(0)
    expect(statSync(path.join(cwd, 'output/report.json')).mtimeMs).toBe(before)
  })

  it('--check exits 1 and names the files when the output would change', () => {
    const cwd = workspace('input')
    winnow(cwd, 'clean')
    const name = readdirSync(path.join(cwd, 'output')).find((file) => file.endsWith('.md')) ?? ''
    writeFileSync(path.join(cwd, 'output', name), 'edited by hand\n')
    const check = winnow(cwd, 'clean', '--check')
    expect(check.code).toBe(1)
    expect(check.stderr).toContain(name)
    expect(readFileSync(path.join(cwd, 'output', name), 'utf8')).toBe('edited by hand\n')
  })

  it('never modifies inputs', () => {
    const cwd = workspace('fixtures/e2e/bad-inputs/input')
    const before = hashes(path.join(cwd, 'input'))
    winnow(cwd, 'clean')
    expect(hashes(path.join(cwd, 'input'))).toEqual(before)
  })

  it('exits 2 when some inputs fail, names them, and still writes the rest', () => {
    const cwd = workspace('fixtures/e2e/bad-inputs/input')
    const run = winnow(cwd, 'clean')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('input/latin1.md')
    expect(run.stderr).toContain('invalid UTF-8')
    expect(run.stderr).toContain('input/js-front-matter.md')
    expect(readdirSync(path.join(cwd, 'output'))).toEqual([
      'report.json',
      'the-good-file.json',
      'the-good-file.md',
    ])
    expect(readFileSync(path.join(cwd, 'output/report.json'), 'utf8')).not.toContain(
      'front matter was evaluated',
    )
  })

  it('exits 64 on usage errors', () => {
    const cwd = workspace('input')
    expect(winnow(cwd, 'clean', '--no-such-flag').code).toBe(64)
    expect(winnow(cwd, 'clean', '--threshold', 'abc').code).toBe(64)
    expect(winnow(cwd, 'clean', '--threshold', '2').code).toBe(64)
    expect(winnow(cwd, 'frobnicate').code).toBe(64)
    const inside = winnow(cwd, 'clean', 'input', '--out', 'input/output')
    expect(inside.code).toBe(64)
    expect(inside.stderr).toContain('inside input')
  })

  it('takes files, folders and globs, and reports a path that matches nothing', () => {
    const cwd = workspace('fixtures/e2e/independent-same-topic/input')
    const run = winnow(
      cwd,
      'clean',
      'input/kettle-a.md',
      'input/*.md',
      'missing.md',
      '--out',
      'out',
    )
    expect(run.code).toBe(2)
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))
    expect(
      report.inputs.map(
        (input: { path: string; status: string }) => `${input.path} ${input.status}`,
      ),
    ).toEqual(['input/kettle-a.md ok', 'input/kettle-b.md ok', 'missing.md error'])
  })
})
