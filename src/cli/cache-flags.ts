import path from 'node:path'
import bytes from 'bytes'
import { slotName } from '../cache/outcome-cache.js'
import {
  DEFAULT_CACHE_MAX_BYTES,
  DEFAULT_CACHE_MAX_RUNS,
  type PruneResult,
  pruneCache,
} from '../cache/prune-cache.js'
import { settingsFingerprint } from '../cache/settings-fingerprint.js'
import { UsageError } from '../options.js'
import type { RunResult } from '../pipeline.js'

export interface CacheLimits {
  readonly maxRuns: number
  readonly maxBytes: number
}

/** `--cache-max-runs N` and `--cache-max-size S`, with their defaults. */
export function cacheLimitsFromFlags(values: {
  readonly 'cache-max-runs'?: string | undefined
  readonly 'cache-max-size'?: string | undefined
}): CacheLimits {
  const runs = values['cache-max-runs']
  const size = values['cache-max-size']
  const maxRuns = runs === undefined ? DEFAULT_CACHE_MAX_RUNS : Number(runs)
  if (!(Number.isInteger(maxRuns) && maxRuns > 0))
    throw new UsageError(`--cache-max-runs takes a positive whole number, got '${runs}'`)
  const maxBytes = size === undefined ? DEFAULT_CACHE_MAX_BYTES : bytes.parse(size)
  if (maxBytes === null || !Number.isFinite(maxBytes) || maxBytes < 0)
    throw new UsageError(`--cache-max-size takes a size such as 256MB, got '${size}'`)
  return { maxRuns, maxBytes }
}

/** Prune the cache after a run that wrote its output: the slots of its inputs are kept. */
export function pruneRunCache(
  result: RunResult,
  options: CacheLimits & { readonly cwd: string; readonly dir: string },
): Promise<PruneResult> {
  const settings = settingsFingerprint(result.options)
  const seen = new Set(
    result.report.inputs.map((input) => slotName({ settings, path: input.path })),
  )
  return pruneCache(path.resolve(options.cwd, options.dir), {
    seen,
    maxRuns: options.maxRuns,
    maxBytes: options.maxBytes,
  })
}
