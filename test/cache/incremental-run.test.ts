import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
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
import type { RunSummary } from '../../src/report/run-summary.js'

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
const temporary: string[] = []
/** Each test spawns three or four runs of the CLI: on a loaded 2-core machine, each can take 10 s. */
const RUNS_TIMEOUT = 120_000

/** A folder with the samples and every end-to-end fixture's inputs (good, bad, HTML, copies). */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-incremental-'))
  temporary.push(dir)
  cpSync(path.join(root, 'input'), path.join(dir, 'input/samples'), { recursive: true })
  for (const fixture of readdirSync(path.join(root, 'fixtures/e2e')))
    cpSync(path.join(root, 'fixtures/e2e', fixture, 'input'), path.join(dir, 'input', fixture), {
      recursive: true,
    })
  return dir
}

function winnow(cwd: string, ...args: string[]): { code: number | null; summary: RunSummary } {
  const run = spawnSync(process.execPath, [bin, 'clean', '--reporter', 'json', ...args], {
    cwd,
    encoding: 'utf8',
  })
  if (run.status !== 0 && run.status !== 2) throw new Error(`winnow failed: ${run.stderr}`)
  return { code: run.status, summary: JSON.parse(run.stdout) as RunSummary }
}

function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>()
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    files.set(name, { bytes: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs })
  }
  return files
}

function bytesOf(files: Map<string, { bytes: string }>): Record<string, string> {
  return Object.fromEntries([...files].map(([name, file]) => [name, file.bytes]))
}

function cacheEntries(cwd: string): string[] {
  const dir = path.join(cwd, '.winnow-cache')
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
}

/** An entry's header line and its value (see outcome-cache.ts: `winnow-cache <format> <key> <checksum>`). */
function readEntry(file: string) {
  const text = readFileSync(file, 'utf8')
  const newline = text.indexOf('\n')
  return { header: text.slice(0, newline), value: JSON.parse(text.slice(newline + 1)) }
}

/** Write an entry back with its value changed and a checksum that matches: a hand-crafted entry. */
function sealEntry(file: string, entry: { header: string; value: unknown }): void {
  const body = JSON.stringify(entry.value)
  const [name, format, key] = entry.header.split(' ')
  const checksum = createHash('sha256').update(body).digest('hex')
  writeFileSync(file, `${name} ${format} ${key} ${checksum}\n${body}`)
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('incremental runs with .winnow-cache', () => {
  it(
    'a warm rerun takes every good input from the cache and writes the same bytes, touching nothing',
    () => {
      const cwd = workspace()
      const cold = winnow(cwd, '--jobs', '2')
      expect(cold.summary.cache).toEqual({ hits: 0, misses: cold.summary.inputs })
      expect(cold.summary.ok).toBeGreaterThan(8)
      const coldFiles = snapshot(path.join(cwd, 'output'))

      const warm = winnow(cwd, '--jobs', '2')
      // Every input that was cleaned or skipped for its content is reused;
      // only the inputs that failed are tried again.
      expect(warm.summary.cache?.misses).toBe(cold.summary.failed)
      expect(warm.summary.cache?.hits).toBe(cold.summary.inputs - cold.summary.failed)
      expect(warm.summary.files).toEqual({ written: 0, removed: 0 })
      const warmFiles = snapshot(path.join(cwd, 'output'))
      expect(warmFiles).toEqual(coldFiles)

      // And a run without the cache agrees byte for byte.
      const fresh = winnow(cwd, '--no-cache', '--out', 'fresh')
      expect(fresh.summary.cache).toBeUndefined()
      expect(bytesOf(snapshot(path.join(cwd, 'fresh')))).toEqual(bytesOf(coldFiles))
    },
    RUNS_TIMEOUT,
  )

  it(
    'cleans a changed file again and regroups from cached fingerprints',
    () => {
      const cwd = workspace()
      winnow(cwd)
      const changed = path.join(
        cwd,
        'input/samples',
        readdirSync(path.join(cwd, 'input/samples'))[0] ?? '',
      )
      writeFileSync(
        changed,
        readFileSync(changed, 'utf8').replace(/^title: .*$/m, 'title: "A retitled copy"'),
      )
      const rerun = winnow(cwd)
      expect(rerun.summary.cache?.misses).toBe(1 + rerun.summary.failed)
      winnow(cwd, '--no-cache', '--out', 'fresh')
      expect(bytesOf(snapshot(path.join(cwd, 'output')))).toEqual(
        bytesOf(snapshot(path.join(cwd, 'fresh'))),
      )
    },
    RUNS_TIMEOUT,
  )

  it(
    'uses what the cache holds instead of parsing (a hand-edited entry shows in the output)',
    () => {
      const cwd = workspace()
      winnow(cwd)
      let edited = 0
      for (const entry of cacheEntries(cwd)) {
        const data = readEntry(entry)
        if (data.value?.record?.title === undefined) continue
        data.value.record.title = `Cached ${data.value.record.title}`
        sealEntry(entry, data)
        edited++
      }
      expect(edited).toBeGreaterThan(0)
      winnow(cwd)
      const markdown = readdirSync(path.join(cwd, 'output'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(path.join(cwd, 'output', name), 'utf8'))
      expect(markdown.some((text) => /^# Cached /m.test(text))).toBe(true)
    },
    RUNS_TIMEOUT,
  )

  it(
    'ignores corrupt, damaged and foreign entries and rebuilds them',
    () => {
      const cwd = workspace()
      const cold = winnow(cwd)
      const coldBytes = bytesOf(snapshot(path.join(cwd, 'output')))
      const entries = cacheEntries(cwd)
      expect(entries.length).toBe(cold.summary.inputs - cold.summary.failed)
      const [first, second, third, ...rest] = entries
      if (!first || !second || !third) throw new Error('expected three cache entries')
      // Foreign: another input's entry in this input's slot.
      writeFileSync(first, readFileSync(second))
      // Damaged: valid JSON, right key and checksum, wrong shape.
      const damaged = readEntry(third)
      damaged.value.messages = 'not a list'
      sealEntry(third, damaged)
      // Corrupt: truncated JSON.
      for (const entry of rest) writeFileSync(entry, readFileSync(entry, 'utf8').slice(0, 40))

      const rerun = winnow(cwd)
      expect(rerun.summary.cache?.hits).toBe(1)
      expect(bytesOf(snapshot(path.join(cwd, 'output')))).toEqual(coldBytes)
      // Rebuilt: the next run reuses everything again.
      expect(winnow(cwd).summary.cache?.hits).toBe(cold.summary.inputs - cold.summary.failed)
    },
    RUNS_TIMEOUT,
  )

  it('--no-cache neither reads nor writes .winnow-cache', () => {
    const cwd = workspace()
    winnow(cwd, '--no-cache')
    expect(existsSync(path.join(cwd, '.winnow-cache'))).toBe(false)
  })
})

describe('winnow clean --dry-run', () => {
  it(
    'lists what would be written and removed, and writes nothing',
    () => {
      const cwd = workspace()
      const dry = spawnSync(process.execPath, [bin, 'clean', '--dry-run', '--no-cache'], {
        cwd,
        encoding: 'utf8',
      })
      expect(existsSync(path.join(cwd, 'output'))).toBe(false)
      expect(dry.stdout).toMatch(/^winnow: would write report\.json$/m)
      expect(dry.stdout).toMatch(/would be written, 0 removed/)

      winnow(cwd, '--no-cache')
      rmSync(path.join(cwd, 'input/samples'), { recursive: true })
      const before = snapshot(path.join(cwd, 'output'))
      const json = winnow(cwd, '--dry-run', '--no-cache')
      expect(json.summary.mode).toBe('dry-run')
      expect(json.summary.planned?.remove.length).toBeGreaterThan(0)
      expect(json.summary.planned?.write).toContain('report.json')
      expect(snapshot(path.join(cwd, 'output'))).toEqual(before)
    },
    RUNS_TIMEOUT,
  )
})
