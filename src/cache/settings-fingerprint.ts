import { createHash } from 'node:crypto'
import type { CleanPolicy } from '../clean/policy.js'
import type { ResolvedOptions } from '../options.js'

/**
 * Policy keys left out of the fingerprint because they are derived from
 * another key that is in it. Note: `filterLists` is the engine parsed from
 * `filterListTexts`, whose text is hashed.
 */
const DERIVED_POLICY_KEYS: ReadonlySet<keyof CleanPolicy> = new Set(['filterLists'])

/**
 * A hash of everything in the options that changes what one file becomes:
 * the whole resolved rule policy (every key, so a new setting can never be
 * forgotten), the size limit and the front-matter bounds. Options that only
 * affect grouping are left out, so changing `--threshold` reuses every
 * cached file.
 */
export function settingsFingerprint(
  options: Pick<ResolvedOptions, 'policy' | 'maxBytes' | 'frontMatterLimits'>,
): string {
  const policy = Object.fromEntries(
    Object.entries(options.policy).filter(
      ([key]) => !DERIVED_POLICY_KEYS.has(key as keyof CleanPolicy),
    ),
  )
  const settings = {
    policy,
    maxBytes: options.maxBytes,
    frontMatterLimits: options.frontMatterLimits,
  }
  return createHash('sha256')
    .update(JSON.stringify(plainData(settings, 'settings')))
    .digest('hex')
    .slice(0, 16)
}

/**
 * The value as JSON-able data with one spelling per meaning: sets sorted,
 * object keys sorted, patterns as source and flags. Anything else (a class
 * instance, a function) is an error, so that no setting is hashed as `{}`.
 */
function plainData(value: unknown, where: string): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  if (Array.isArray(value)) return value.map((item, index) => plainData(item, `${where}[${index}]`))
  if (value instanceof Set) {
    return [...value].map((item) => JSON.stringify(plainData(item, where))).sort()
  }
  if (value instanceof RegExp) return { source: value.source, flags: value.flags }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, plainData(item, `${where}.${key}`)]),
    )
  }
  throw new TypeError(`${where}: cannot fingerprint a ${typeof value} that is not plain data`)
}
