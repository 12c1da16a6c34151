import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../review/workspace.js'

const root = path.join(import.meta.dirname, '../..')
let dir = ''

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'winnow-report-'))
  cpSync(path.join(root, 'fixtures/e2e/bad-inputs/input'), path.join(dir, 'input'), {
    recursive: true,
  })
  // A failing input whose name needs escaping in an annotation property.
  writeFileSync(path.join(dir, 'input/a,b:c%.md'), Buffer.from([0x61, 0xff, 0x0a]))
  vi.stubEnv('GITHUB_ACTIONS', '')
})

afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

describe('winnow clean --reporter json', () => {
  it('prints one JSON summary on stdout and nothing else', async () => {
    const run = await runCli(dir, 'clean', '--reporter', 'json')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('')
    const summary = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(summary)).toEqual([
      'mode',
      'inputs',
      'ok',
      'skipped',
      'failed',
      'groups',
      'removals',
      'files',
      'cache',
      'errors',
      'warnings',
      'exitCode',
    ])
    expect(summary).toMatchObject({
      mode: 'write',
      inputs: 7,
      ok: 1,
      skipped: 2,
      failed: 4,
      groups: 1,
      removals: {},
      files: { written: 3, removed: 0 },
      exitCode: 2,
    })
    expect(summary.errors).toEqual([
      { path: 'input/a,b:c%.md', reason: expect.stringContaining('invalid UTF-8') },
      { path: 'input/js-front-matter.md', reason: expect.stringContaining("language 'js'") },
      { path: 'input/latin1.md', reason: expect.stringContaining('invalid UTF-8') },
      { path: 'input/unterminated.md', reason: expect.stringContaining('unterminated') },
    ])
    expect(summary.warnings).toEqual([
      { path: 'input/empty.md', reason: 'empty file' },
      { path: 'input/image.md', reason: expect.stringContaining('binary file') },
    ])
  })

  it('counts removals per rule id, and in --check mode lists what would change', async () => {
    cpSync(path.join(root, 'input'), path.join(dir, 'input'), { recursive: true })
    const check = await runCli(dir, 'clean', '--reporter', 'json', '--check')
    const summary = JSON.parse(check.stdout) as Record<string, unknown>
    expect(check.code).toBe(1)
    expect(summary).toMatchObject({ mode: 'check', groups: 2, files: { written: 0, removed: 0 } })
    expect(summary.removals).toEqual({
      adsense: 4,
      'glued-emphasis': 22,
      'link-list': 2,
      'marker-block': 18,
      'space-before-punctuation': 16,
      'ui-residue': 8,
    })
    expect(summary.changed).toContain('report.json')
    expect(summary.exitCode).toBe(1)
  })

  it('under GitHub Actions keeps stdout pure JSON and puts annotations on stderr', async () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true')
    const run = await runCli(dir, 'clean', '--reporter', 'json')
    expect(() => JSON.parse(run.stdout)).not.toThrow()
    expect(run.stderr).toContain('::error file=input/a%2Cb%3Ac%25.md::invalid UTF-8')
    expect(run.stderr).toContain('::warning file=input/empty.md::empty file')
  })

  it('the human reporter puts the annotations on stdout under GitHub Actions', async () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true')
    const run = await runCli(dir, 'clean')
    expect(run.stdout).toMatch(/^::error file=input\/latin1\.md::invalid UTF-8/m)
    expect(run.stdout).toContain('winnow: 7 inputs (4 failed, 2 skipped), 1 groups')
  })

  it('refuses an unknown reporter', async () => {
    const run = await runCli(dir, 'clean', '--reporter', 'xml')
    expect(run.code).toBe(64)
    expect(run.stderr).toContain("--reporter must be one of human, json, got 'xml'")
  })
})
