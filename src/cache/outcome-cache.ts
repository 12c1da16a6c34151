import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from '../write/atomic-write.js'

/** The cache folder, relative to the working folder. */
export const DEFAULT_CACHE_DIR = '.winnow-cache'

/** Bumped when the shape of a cache entry changes. */
const ENTRY_FORMAT = 1

export interface CacheKeyParts {
  /** winnow's code fingerprint. */
  readonly code: string
  /** The options that change what a file becomes. */
  readonly settings: string
  /** The input's path (its name can become the title). */
  readonly path: string
  /** sha256 of the input's bytes. */
  readonly content: string
}

export function cacheKey(parts: CacheKeyParts): string {
  return sha256(
    JSON.stringify([ENTRY_FORMAT, parts.code, parts.settings, parts.path, parts.content]),
  )
}

/**
 * Per-file results on disk. Each input path has one slot, so the cache holds
 * at most one entry per input and a changed file overwrites its old entry.
 * An entry is used only when its key (content hash, code, settings, path)
 * is the one asked for. An entry that cannot be read, does not parse, or
 * names another key is a miss: it is rebuilt, never trusted. The caller
 * validates the value's shape.
 */
export interface OutcomeCache {
  /** Read synchronously: entries are small, and fs/promises' round trips cost more than the read. */
  readonly get: (parts: CacheKeyParts) => unknown
  readonly set: (parts: CacheKeyParts, value: unknown) => Promise<void>
}

/** Written into the cache folder, so that git never commits it. */
const GITIGNORE = '# winnow cache: safe to delete\n*\n'

export function openOutcomeCache(dir: string): OutcomeCache {
  let marked: Promise<void> | undefined
  const slot = (parts: CacheKeyParts) => {
    const name = sha256(parts.path)
    return path.join(dir, name.slice(0, 2), `${name}.json`)
  }
  const get = (parts: CacheKeyParts): unknown => {
    const key = cacheKey(parts)
    try {
      const entry: unknown = JSON.parse(readFileSync(slot(parts), 'utf8'))
      if (
        entry &&
        typeof entry === 'object' &&
        'format' in entry &&
        entry.format === ENTRY_FORMAT &&
        'key' in entry &&
        entry.key === key &&
        'value' in entry
      ) {
        return entry.value
      }
    } catch {
      // A missing, unreadable or corrupt entry is a miss.
    }
    return undefined
  }
  return {
    get,
    async set(parts, value) {
      const file = slot(parts)
      await mkdir(path.dirname(file), { recursive: true })
      marked ??= writeFile(path.join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' }).catch(() => {
        // Already there (or not writable): the cache works without it.
      })
      await marked
      const entry = JSON.stringify({ format: ENTRY_FORMAT, key: cacheKey(parts), value })
      // Not flushed: an entry lost in a crash is a miss, never a wrong hit.
      await atomicWrite(file, entry, { durable: false })
    },
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
