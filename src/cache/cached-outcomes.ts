import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ResolvedOptions } from '../options.js'
import { assertReadable, OPEN_FLAGS } from '../read/read-input.js'
import type { FileOutcome } from '../run/file-outcome.js'
import { codeFingerprint } from './code-fingerprint.js'
import {
  type CacheKeyParts,
  ENTRY_BYTES_PER_INPUT_BYTE,
  type OutcomeCache,
  openOutcomeCache,
} from './outcome-cache.js'
import { fromCacheValue, toCacheValue } from './outcome-value.js'
import { settingsFingerprint } from './settings-fingerprint.js'

/** Room for an entry's messages and metadata on top of what the input's size allows. */
const MIN_ENTRY_BYTES = 1024 * 1024

export interface CacheStats {
  /** Inputs whose outcome came from the cache: nothing of them was parsed. */
  readonly hits: number
  /** Inputs processed again: new, changed, or without a usable entry. */
  readonly misses: number
}

/**
 * The outcome cache as the per-file stage uses it: look an input up by the
 * hash of its bytes, and store what processing it gave. Only outcomes that
 * follow from the bytes alone are stored (`ok`, and skips decided by the
 * content); errors are always retried, since a time limit, a worker crash or
 * an unreadable file may not happen again.
 */
export interface CachedOutcomes {
  /** The cached outcome of an input, or `undefined` when it must be processed. */
  readonly lookup: (relativePath: string) => FileOutcome | undefined
  /** Store an outcome; true when it can be loaded back with `load`. */
  readonly store: (outcome: FileOutcome) => Promise<boolean>
  /** An outcome stored in this run or before, by path and content hash. */
  readonly load: (relativePath: string, sha256: string) => FileOutcome | undefined
  readonly stats: () => CacheStats
}

export function openCachedOutcomes(options: ResolvedOptions, dir: string): CachedOutcomes {
  const cache: OutcomeCache = openOutcomeCache(path.resolve(options.cwd, dir), {
    maxEntryBytes: options.maxBytes * ENTRY_BYTES_PER_INPUT_BYTE + MIN_ENTRY_BYTES,
  })
  const code = codeFingerprint()
  const settings = settingsFingerprint(options)
  const parts = (relativePath: string, content: string): CacheKeyParts => ({
    code,
    settings,
    path: relativePath,
    content,
  })
  const load = (relativePath: string, sha256: string): FileOutcome | undefined => {
    try {
      const outcome = fromCacheValue(cache.get(parts(relativePath, sha256)), relativePath)
      return outcome?.sha256 === sha256 ? outcome : undefined
    } catch {
      // Whatever is wrong with the entry, it is a miss: the input is processed again.
      return undefined
    }
  }
  let hits = 0
  let misses = 0
  return {
    lookup(relativePath) {
      const content = contentHash(path.resolve(options.cwd, relativePath), options.maxBytes)
      const outcome = content === undefined ? undefined : load(relativePath, content)
      if (outcome) hits++
      else misses++
      return outcome
    },
    async store(outcome) {
      if (outcome.sha256 === undefined || outcome.status === 'error') return false
      return cache.set(parts(outcome.path, outcome.sha256), toCacheValue(outcome)).then(
        () => true,
        // A cache that cannot be written only makes the next run slower.
        () => false,
      )
    },
    load,
    stats: () => ({ hits, misses }),
  }
}

/**
 * sha256 of a regular file of at most `maxBytes`, or `undefined` (unreadable,
 * too large, not a regular file: processing the input says why). Read
 * synchronously: for a few kilobytes, the thread-pool round trips of
 * fs/promises cost more than the read, and a warm run does little else.
 */
function contentHash(file: string, maxBytes: number): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, OPEN_FLAGS)
    assertReadable(fstatSync(fd), { maxBytes })
    return createHash('sha256').update(readFileSync(fd)).digest('hex')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
