import path from 'node:path'
import { CANONICAL_POLICIES, type CanonicalPolicy } from './canonical/choose-canonical.js'
import { type CleanPolicy, defaultPolicy, withDisabled } from './clean/policy.js'
import { checkRuleIds } from './config/rule-registry.js'
import { DEFAULT_THRESHOLD } from './dedupe/index.js'
import { UsageError } from './messages/usage-error.js'
import { DEFAULT_MAX_BYTES } from './read/decode-input.js'
import { DEFAULT_FRONT_MATTER_LIMITS, type FrontMatterLimits } from './read/front-matter.js'
import { inputHoldingOutput } from './read/output-folder.js'

/** Options of a winnow run, as the library takes them. Every field has a default. */
export interface WinnowOptions {
  /** Files, folders or globs to read. Default: `['input']`. */
  readonly inputs?: readonly string[]
  /** Output folder. Default: `'output'`. */
  readonly out?: string
  /** Folder that relative paths are resolved against. Default: `process.cwd()`. */
  readonly cwd?: string
  /** Least estimated Jaccard similarity of two cleaned bodies for them to be copies. */
  readonly threshold?: number
  /** Inputs larger than this many bytes are skipped. */
  readonly maxBytes?: number
  /** Which member of a group is canonical. Default: `earliest`. */
  readonly canonical?: CanonicalPolicy
  /** Rule ids to turn off (added to the policy's); each must be a rule's id. */
  readonly disabledRules?: readonly string[]
  /** Rule ids to turn on (taken from the policy's, after `disabledRules`); each must be a rule's id. */
  readonly enabledRules?: readonly string[]
  /** The cleaning catalogue and user additions (see `loadPolicy`). Default: the built-in catalogue. */
  readonly policy?: CleanPolicy
  readonly frontMatterLimits?: Partial<FrontMatterLimits>
  /**
   * Worker threads for the per-file stages (read, parse, clean, structure,
   * fingerprint). `1` runs them in this thread, for debugging. Default: `1`
   * (the CLI's `--jobs` defaults to the number of cores).
   */
  readonly jobs?: number
  /**
   * Run the per-file stages in a worker thread even when `jobs` is 1, so that
   * the time limit and the memory cap apply. Default: false (the CLI sets it
   * unless `--jobs 1` is given explicitly).
   */
  readonly isolate?: boolean
  /**
   * Milliseconds one file may take in a worker before the worker is stopped
   * and the file reported as an error. Only enforced in workers (`jobs` > 1 or `isolate`).
   */
  readonly timeLimit?: number
  /**
   * Folder of the per-file outcome cache, relative to `cwd` (the CLI uses
   * `.winnow-cache` unless `--no-cache`). An input whose bytes, path,
   * settings and winnow version are unchanged is not processed again.
   * Default: no cache.
   */
  readonly cacheDir?: string
  /** Called after each input is processed, with how many are done and the total. */
  readonly onFileDone?: (done: number, total: number) => void
  /**
   * Run the per-file stages on queue workers (`winnow worker`) instead of
   * this machine's threads; grouping and writing stay here. See
   * docs/many-machines.md. Default: none.
   */
  readonly queue?: QueueOptions
  /** Stop the run (SIGINT, SIGTERM): workers are stopped and the spill folder removed. */
  readonly signal?: AbortSignal
}

export interface QueueOptions {
  /** `redis://[:PASSWORD@]HOST:PORT[/DB]`, or `rediss://` for TLS. */
  readonly url: string
}

export interface ResolvedOptions {
  readonly inputs: readonly string[]
  readonly out: string
  readonly cwd: string
  readonly threshold: number
  readonly maxBytes: number
  readonly canonical: CanonicalPolicy
  readonly policy: CleanPolicy
  readonly frontMatterLimits: FrontMatterLimits
  readonly jobs: number
  readonly isolate: boolean
  readonly timeLimit: number
  readonly cacheDir: string | undefined
  readonly queue?: QueueOptions
}

/**
 * Default for `timeLimit`: 60 s. A typical article takes 20–100 ms; a 6 MB
 * one 16 s (HTML) to 32 s (Markdown) on a 2-core machine (see README, Safety).
 */
export const DEFAULT_TIME_LIMIT_MS = 60_000

export { UsageError }

export function resolveOptions(options: WinnowOptions): ResolvedOptions {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  if (!(threshold > 0 && threshold <= 1)) {
    throw new UsageError(`threshold must be a number above 0 and at most 1, got ${threshold}`)
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new UsageError(`max bytes must be a positive whole number, got ${maxBytes}`)
  }
  const inputs = options.inputs && options.inputs.length > 0 ? options.inputs : ['input']
  const out = path.resolve(cwd, options.out ?? 'output')
  const holder = inputHoldingOutput({ inputs, out, cwd })
  if (holder !== undefined) {
    throw new UsageError(
      `output folder ${path.relative(cwd, out) || '.'} is inside input ${holder}: winnow would read its own output. Choose an output folder outside the inputs.`,
    )
  }
  return {
    inputs,
    out,
    cwd,
    threshold,
    maxBytes,
    canonical: resolveCanonical(options.canonical),
    policy: rulePolicy(options),
    frontMatterLimits: { ...DEFAULT_FRONT_MATTER_LIMITS, ...options.frontMatterLimits },
    jobs: positiveInteger('jobs', options.jobs ?? 1),
    isolate: options.isolate ?? false,
    timeLimit: positiveInteger('time limit', options.timeLimit ?? DEFAULT_TIME_LIMIT_MS),
    cacheDir: options.cacheDir,
    ...(options.queue === undefined ? {} : { queue: { url: options.queue.url } }),
  }
}

function positiveInteger(name: string, value: number): number {
  if (!(Number.isInteger(value) && value > 0))
    throw new UsageError(`${name} must be a positive whole number, got ${value}`)
  return value
}

function resolveCanonical(value: string | undefined): CanonicalPolicy {
  if (value === undefined) return 'earliest'
  const found = CANONICAL_POLICIES.find((policy) => policy === value)
  if (!found)
    throw new UsageError(
      `canonical must be one of ${CANONICAL_POLICIES.join(', ')}, got '${value}'`,
    )
  return found
}

/** The policy with `disabledRules` turned off and then `enabledRules` on, each id checked. */
function rulePolicy(options: WinnowOptions): CleanPolicy {
  const disable = options.disabledRules ?? []
  const enable = options.enabledRules ?? []
  checkRuleIds(disable, { source: '--disable' })
  checkRuleIds(enable, { source: '--enable' })
  const policy = withDisabled(options.policy ?? defaultPolicy, disable)
  if (enable.length === 0) return policy
  const on = new Set(enable)
  return { ...policy, disabled: new Set([...policy.disabled].filter((id) => !on.has(id))) }
}
