import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { slotFile, slotName } from '../../src/cache/outcome-cache.js'
import { pruneCache } from '../../src/cache/prune-cache.js'

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
const temporary: string[] = []

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-prune-'))
  temporary.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Entry files of a cache folder, by slot name. */
function slots(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /^[0-9a-f]{2}\/[0-9a-f]{64}\.json$/.test(name))
    .map((name) => path.basename(name, '.json'))
    .sort()
}

function put(dir: string, name: string, size: number): void {
  const file = slotFile(dir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, 'x'.repeat(size))
}

const slot = (input: string) => slotName({ settings: 's', path: input })

describe('pruneCache', () => {
  it('removes an entry once maxRuns runs in a row did not use it, never one in use', async () => {
    const dir = folder()
    const [a, b] = [slot('a.md'), slot('b.md')]
    put(dir, a, 10)
    put(dir, b, 10)
    const limits = { maxRuns: 2, maxBytes: 1_000_000 }
    expect((await pruneCache(dir, { seen: new Set([a, b]), ...limits })).removed).toBe(0)
    expect((await pruneCache(dir, { seen: new Set([a]), ...limits })).removed).toBe(0)
    expect(slots(dir)).toEqual([a, b].sort())
    expect(await pruneCache(dir, { seen: new Set([a]), ...limits })).toEqual({
      removed: 1,
      removedBytes: 10,
      keptBytes: 10,
    })
    expect(slots(dir)).toEqual([a])
  })

  it('over maxBytes, removes unused entries least recently used first', async () => {
    const dir = folder()
    const [a, b, c] = [slot('a.md'), slot('b.md'), slot('c.md')]
    const roomy = { maxRuns: 100, maxBytes: 1_000_000 }
    put(dir, a, 100)
    await pruneCache(dir, { seen: new Set([a]), ...roomy })
    put(dir, b, 100)
    await pruneCache(dir, { seen: new Set([b]), ...roomy })
    put(dir, c, 100)
    // a was last used two runs ago, b one: a goes first, and that is enough.
    const result = await pruneCache(dir, { seen: new Set([c]), maxRuns: 100, maxBytes: 250 })
    expect(result).toEqual({ removed: 1, removedBytes: 100, keptBytes: 200 })
    expect(slots(dir)).toEqual([b, c].sort())
    // The entries in use stay, whatever the size.
    await pruneCache(dir, { seen: new Set([b, c]), maxRuns: 100, maxBytes: 0 })
    expect(slots(dir)).toEqual([b, c].sort())
  })
})

describe('winnow clean and the cache', () => {
  function winnow(cwd: string, ...args: string[]) {
    const run = spawnSync(process.execPath, [bin, 'clean', ...args, '--reporter', 'json'], {
      cwd,
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    return JSON.parse(run.stdout) as {
      inputs: number
      cache: { hits: number; misses: number }
    }
  }

  it('--dry-run with other settings never evicts the entries the usual run uses', () => {
    const cwd = folder()
    cpSync(path.join(root, 'input'), path.join(cwd, 'input'), { recursive: true })
    const cold = winnow(cwd)
    winnow(cwd, '--dry-run', '--disable', 'marker-block')
    const warm = winnow(cwd)
    expect(warm.cache).toEqual({ hits: cold.inputs, misses: 0 })
  }, 120_000)

  it('runs over other folders prune the entries of paths they did not see', () => {
    const cwd = folder()
    for (const name of ['one', 'two', 'three'])
      cpSync(path.join(root, 'input'), path.join(cwd, name), { recursive: true })
    const cache = path.join(cwd, '.winnow-cache')
    const one = winnow(cwd, 'one', '--out', 'out-one')
    expect(slots(cache).length).toBe(one.inputs)
    winnow(cwd, 'two', '--out', 'out-two', '--cache-max-runs', '2')
    expect(slots(cache).length).toBe(2 * one.inputs)
    winnow(cwd, 'three', '--out', 'out-three', '--cache-max-runs', '2')
    // one/ went unused for two runs: its entries are gone; two/ and three/ stay.
    expect(slots(cache).length).toBe(2 * one.inputs)
    expect(winnow(cwd, 'one', '--out', 'out-one').cache.misses).toBe(one.inputs)
  }, 120_000)
})
