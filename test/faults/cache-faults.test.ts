import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../bench/run/scraped-article.js'
import { fingerprintCode } from '../../src/cache/code-fingerprint.js'
import { openOutcomeCache } from '../../src/cache/outcome-cache.js'
import { runWinnow, type WinnowOptions } from '../../src/index.js'
import { articles, removeWorkspaces, workspace } from './helpers.js'

afterAll(removeWorkspaces)

const CACHE = '.winnow-cache'

/** Three groups, one of them of two copies. */
function inputs() {
  const some = articles(3, 'Cached')
  return { ...some, 'copy.md': some['a-0.md'] ?? '' }
}

function run(cwd: string, options: WinnowOptions = {}) {
  return runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out'), jobs: 1, ...options })
}

function entries(cwd: string): string[] {
  const dir = path.join(cwd, CACHE)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(dir, name))
    .sort()
}

/** The outputs of a run without a cache: what every faulty run must still give. */
async function reference(cwd: string) {
  return (await run(cwd)).outputs
}

describe('a cache that is only an accelerator', () => {
  it('recomputes records when the cache folder is deleted mid-run, or after the last file', async () => {
    const cwd = workspace(inputs())
    const expected = await reference(cwd)
    for (const at of [2, 4]) {
      rmSync(path.join(cwd, CACHE), { recursive: true, force: true })
      const result = await run(cwd, {
        cacheDir: CACHE,
        onFileDone: (done) => {
          if (done === at) rmSync(path.join(cwd, CACHE), { recursive: true, force: true })
        },
      })
      expect(result.outputs, `deleted after file ${at}`).toEqual(expected)
      expect(result.report.inputs.every((input) => input.status === 'ok')).toBe(true)
    }
  })

  it('recomputes records when the spill folder (no cache) is deleted mid-run', async () => {
    const cwd = workspace(inputs())
    const expected = await reference(cwd)
    // Only this run's folder: an earlier result keeps its own until it is closed.
    const before = new Set(readdirSync(tmpdir()))
    const result = await run(cwd, {
      onFileDone: (done, total) => {
        if (done !== total) return
        for (const name of readdirSync(tmpdir()))
          if (name.startsWith(`winnow-spill-${process.pid}-`) && !before.has(name))
            rmSync(path.join(tmpdir(), name), { recursive: true, force: true })
      },
    })
    expect(result.outputs).toEqual(expected)
  })

  it('recomputes records whose entries another run rewrote', async () => {
    const cwd = workspace(inputs())
    const expected = await reference(cwd)
    const result = await run(cwd, {
      cacheDir: CACHE,
      onFileDone: (done, total) => {
        if (done !== total) return
        // Another run, other settings: every slot now holds an entry of another key.
        const files = entries(cwd)
        for (const [index, file] of files.entries())
          copyFileSync(files[(index + 1) % files.length] ?? file, `${file}.other`)
        for (const file of files) writeFileSync(file, readFileSync(`${file}.other`))
      },
    })
    expect(result.outputs).toEqual(expected)
  })

  it('treats an entry replaced by a FIFO or by a link to /dev/zero as a miss, without hanging', async () => {
    const cwd = workspace(inputs())
    const expected = await reference(cwd)
    await run(cwd, { cacheDir: CACHE })
    const [fifo, zero, ...rest] = entries(cwd)
    if (!fifo || !zero) throw new Error('expected cache entries')
    rmSync(fifo)
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    rmSync(zero)
    symlinkSync('/dev/zero', zero)
    const result = await run(cwd, { cacheDir: CACHE })
    expect(result.outputs).toEqual(expected)
    expect(result.cache).toEqual({ hits: rest.length, misses: 2 })
  }, 60_000)

  it('never uses an entry with a few random bytes changed (50 trials)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-cache-flip-'))
    const cache = openOutcomeCache(dir)
    const parts = { code: 'c', settings: 's', path: 'input/a.md', content: 'ab'.repeat(32) }
    const value = {
      sources: [{ url: 'https://example.com/build-terrarium.html' }],
      messages: [{ ruleId: 'marker-block', reason: 'Unexpected ad block' }],
    }
    await cache.set(parts, value)
    const [name] = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) =>
      entry.endsWith('.json'),
    )
    const file = path.join(dir, name ?? '')
    const original = readFileSync(file)
    const random = seededRandom(21)
    for (let trial = 0; trial < 50; trial++) {
      const bytes = Buffer.from(original)
      const flips = 1 + Math.floor(random.float() * 3)
      for (let flip = 0; flip < flips; flip++) {
        const at = Math.floor(random.float() * bytes.length)
        bytes[at] = (bytes[at] ?? 0) ^ (1 + Math.floor(random.float() * 255))
      }
      writeFileSync(file, bytes)
      expect(cache.get(parts), `trial ${trial}`).toBeUndefined()
    }
    writeFileSync(file, original)
    expect(cache.get(parts)).toEqual(value)
    rmSync(dir, { recursive: true, force: true })
  })

  it('rebuilds from entries with random bytes changed: the output is what a run without cache gives', async () => {
    const cwd = workspace(inputs())
    const expected = await reference(cwd)
    await run(cwd, { cacheDir: CACHE })
    const random = seededRandom(5)
    for (const file of entries(cwd)) {
      const bytes = readFileSync(file)
      const at = Math.floor(random.float() * bytes.length)
      bytes[at] = (bytes[at] ?? 0) ^ 0x20
      writeFileSync(file, bytes)
    }
    const result = await run(cwd, { cacheDir: CACHE })
    expect(result.outputs).toEqual(expected)
    expect(result.cache?.hits).toBe(0)
  })

  it('changes the code fingerprint when a dependency is upgraded or Node changes', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'winnow-fingerprint-'))
    const write = (file: string, value: unknown) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      writeFileSync(path.join(root, file), JSON.stringify(value))
    }
    write('package.json', { dependencies: { a: '^1.0.0' } })
    write('dist/index.js', {})
    write('node_modules/a/package.json', { version: '1.0.0', dependencies: { b: '^2.0.0' } })
    write('node_modules/b/package.json', { version: '2.0.0' })
    const parts = { root: path.join(root, 'dist'), packageRoot: root, node: 'v20.0.0' }
    const before = fingerprintCode(parts)
    expect(fingerprintCode(parts)).toBe(before)
    // A transitive dependency upgraded, nothing else.
    write('node_modules/b/package.json', { version: '2.0.1' })
    const upgraded = fingerprintCode(parts)
    expect(upgraded).not.toBe(before)
    // A nested copy of b, resolved for a only, wins over the top-level one.
    write('node_modules/a/node_modules/b/package.json', { version: '3.0.0' })
    expect(fingerprintCode(parts)).not.toBe(upgraded)
    expect(fingerprintCode({ ...parts, node: 'v22.0.0' })).not.toBe(fingerprintCode(parts))
    rmSync(root, { recursive: true, force: true })
  })
})
