import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { codeFingerprint } from '../../src/cache/code-fingerprint.js'
import { cacheKey, openOutcomeCache } from '../../src/cache/outcome-cache.js'
import { settingsFingerprint } from '../../src/cache/settings-fingerprint.js'
import { defaultPolicy, withDisabled } from '../../src/clean/policy.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../../src/read/front-matter.js'

const parts = { code: 'c', settings: 's', path: 'input/a.md', content: 'ab'.repeat(32) }

describe('outcome cache', () => {
  it('returns what was stored under the same key', async () => {
    const cache = openOutcomeCache(mkdtempSync(path.join(tmpdir(), 'winnow-cache-')))
    expect(await cache.get(parts)).toBeUndefined()
    await cache.set(parts, { status: 'ok', n: 1 })
    expect(await cache.get(parts)).toEqual({ status: 'ok', n: 1 })
    // Another content hash for the same path is a miss, and overwrites the slot.
    const changed = { ...parts, content: 'cd'.repeat(32) }
    expect(await cache.get(changed)).toBeUndefined()
    await cache.set(changed, { status: 'ok', n: 2 })
    expect(await cache.get(parts)).toBeUndefined()
    expect(await cache.get(changed)).toEqual({ status: 'ok', n: 2 })
  })

  it('ignores corrupt and foreign entries', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-cache-'))
    const cache = openOutcomeCache(dir)
    await cache.set(parts, { status: 'ok', n: 1 })
    const [name] = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) =>
      entry.endsWith('.json'),
    )
    const entry = path.join(dir, name ?? '')
    const key = cacheKey(parts)
    const body = JSON.stringify({ status: 'ok', n: 1 })
    const sum = (text: string) => createHash('sha256').update(text).digest('hex')
    expect(readFileSync(entry, 'utf8')).toBe(`winnow-cache 2 ${key} ${sum(body)}\n${body}`)
    const write = (text: string) => writeFileSync(entry, text)
    write(`winnow-cache 2 ${key} ${sum(body)}\n${body.slice(0, 5)}`)
    expect(cache.get(parts)).toBeUndefined()
    write(`winnow-cache 2 ${'0'.repeat(64)} ${sum('1')}\n1`)
    expect(cache.get(parts)).toBeUndefined()
    write(`winnow-cache 999 ${key} ${sum('1')}\n1`)
    expect(cache.get(parts)).toBeUndefined()
    write(`winnow-cache 2 ${key} ${sum('2')}\n1`)
    expect(cache.get(parts)).toBeUndefined()
    write(`winnow-cache 2 ${key} ${sum('1')}\n1`)
    expect(cache.get(parts)).toBe(1)
  })

  it('keys change with the content, the path, the code and the settings', () => {
    const key = cacheKey(parts)
    expect(cacheKey({ ...parts, content: 'cd'.repeat(32) })).not.toBe(key)
    expect(cacheKey({ ...parts, path: 'input/b.md' })).not.toBe(key)
    expect(cacheKey({ ...parts, code: 'd' })).not.toBe(key)
    expect(cacheKey({ ...parts, settings: 't' })).not.toBe(key)
    const base = {
      policy: defaultPolicy,
      maxBytes: 100,
      frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
    }
    expect(settingsFingerprint(base)).toBe(settingsFingerprint({ ...base }))
    expect(
      settingsFingerprint({ ...base, policy: withDisabled(defaultPolicy, ['ui-residue']) }),
    ).not.toBe(settingsFingerprint(base))
    expect(settingsFingerprint({ ...base, maxBytes: 101 })).not.toBe(settingsFingerprint(base))
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{16}$/)
  })
})
