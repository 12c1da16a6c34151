import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
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
    const key = cacheKey(parts)
    expect(await cache.get(key)).toBeUndefined()
    await cache.set(key, { status: 'ok', n: 1 })
    expect(await cache.get(key)).toEqual({ status: 'ok', n: 1 })
  })

  it('ignores corrupt and foreign entries', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-cache-'))
    const cache = openOutcomeCache(dir)
    const key = cacheKey(parts)
    mkdirSync(path.join(dir, key.slice(0, 2)), { recursive: true })
    writeFileSync(path.join(dir, key.slice(0, 2), `${key}.json`), '{"format":1,"key":')
    expect(await cache.get(key)).toBeUndefined()
    writeFileSync(
      path.join(dir, key.slice(0, 2), `${key}.json`),
      JSON.stringify({ format: 1, key: 'other', value: 1 }),
    )
    expect(await cache.get(key)).toBeUndefined()
    writeFileSync(
      path.join(dir, key.slice(0, 2), `${key}.json`),
      JSON.stringify({ format: 999, key, value: 1 }),
    )
    expect(await cache.get(key)).toBeUndefined()
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
