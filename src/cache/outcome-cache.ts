import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from '../write/atomic-write.js'

/** The cache folder, beside the working folder's inputs. */
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
  return createHash('sha256')
    .update(JSON.stringify([ENTRY_FORMAT, parts.code, parts.settings, parts.path, parts.content]))
    .digest('hex')
}

/**
 * Per-file results on disk, keyed by content hash, code and settings. An
 * entry that cannot be read, does not parse, or names another key is a miss:
 * it is rebuilt, never trusted. The caller validates the value's shape.
 */
export interface OutcomeCache {
  readonly get: (key: string) => Promise<unknown>
  readonly set: (key: string, value: unknown) => Promise<void>
}

export function openOutcomeCache(dir: string): OutcomeCache {
  const file = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`)
  return {
    async get(key) {
      try {
        const entry: unknown = JSON.parse(await readFile(file(key), 'utf8'))
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
    },
    async set(key, value) {
      await mkdir(path.dirname(file(key)), { recursive: true })
      await atomicWrite(file(key), JSON.stringify({ format: ENTRY_FORMAT, key, value }))
    },
  }
}
