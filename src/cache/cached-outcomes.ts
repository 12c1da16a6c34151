import { createHash } from 'node:crypto'
import path from 'node:path'
import type { ResolvedOptions } from '../options.js'
import { readInput } from '../read/read-input.js'
import type { FileOutcome } from '../run/file-outcome.js'
import { codeFingerprint } from './code-fingerprint.js'
import { type CacheKeyParts, type OutcomeCache, openOutcomeCache } from './outcome-cache.js'
import { fromCacheValue, toCacheValue } from './outcome-value.js'
import { settingsFingerprint } from './settings-fingerprint.js'

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
  readonly lookup: (relativePath: string) => Promise<FileOutcome | undefined>
  readonly store: (outcome: FileOutcome) => Promise<void>
  readonly stats: () => CacheStats
}

export function openCachedOutcomes(options: ResolvedOptions, dir: string): CachedOutcomes {
  const cache: OutcomeCache = openOutcomeCache(path.resolve(options.cwd, dir))
  const code = codeFingerprint()
  const settings = settingsFingerprint(options)
  const parts = (relativePath: string, content: string): CacheKeyParts => ({
    code,
    settings,
    path: relativePath,
    content,
  })
  let hits = 0
  let misses = 0
  return {
    async lookup(relativePath) {
      let content: string
      try {
        const bytes = await readInput(path.resolve(options.cwd, relativePath), options)
        content = createHash('sha256').update(bytes).digest('hex')
      } catch {
        // Unreadable, too large, not a file: processing says why.
        misses++
        return undefined
      }
      const outcome = fromCacheValue(await cache.get(parts(relativePath, content)), relativePath)
      if (outcome === undefined || outcome.sha256 !== content) {
        misses++
        return undefined
      }
      hits++
      return outcome
    },
    async store(outcome) {
      if (outcome.sha256 === undefined || outcome.status === 'error') return
      await cache.set(parts(outcome.path, outcome.sha256), toCacheValue(outcome)).catch(() => {
        // A cache that cannot be written only makes the next run slower.
      })
    },
    stats: () => ({ hits, misses }),
  }
}
