import path from 'node:path'
import { CANONICAL_POLICIES, type CanonicalPolicy } from './canonical/choose-canonical.js'
import { type CleanPolicy, defaultPolicy, withDisabled } from './clean/policy.js'
import { DEFAULT_THRESHOLD } from './dedupe/index.js'
import { DEFAULT_MAX_BYTES } from './read/decode-input.js'
import { DEFAULT_FRONT_MATTER_LIMITS, type FrontMatterLimits } from './read/front-matter.js'

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
  /** Rule ids to turn off (added to the policy's). */
  readonly disabledRules?: readonly string[]
  /** The cleaning catalogue and user additions (see `loadPolicy`). Default: the built-in catalogue. */
  readonly policy?: CleanPolicy
  readonly frontMatterLimits?: Partial<FrontMatterLimits>
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
}

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

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
  for (const input of inputs) {
    const folder = path.resolve(cwd, input)
    const relative = path.relative(folder, out)
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
      throw new UsageError(
        `output folder ${path.relative(cwd, out) || '.'} is inside input ${input}: winnow would read its own output. Choose an output folder outside the inputs.`,
      )
    }
  }
  return {
    inputs,
    out,
    cwd,
    threshold,
    maxBytes,
    canonical: resolveCanonical(options.canonical),
    policy: withDisabled(options.policy ?? defaultPolicy, options.disabledRules ?? []),
    frontMatterLimits: { ...DEFAULT_FRONT_MATTER_LIMITS, ...options.frontMatterLimits },
  }
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
