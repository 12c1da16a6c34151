import { type CleanPolicy, defaultPolicy } from '../clean/policy.js'
import type { ElementRule } from '../clean/rules/element-rules.js'
import { UsageError } from '../messages/usage-error.js'
import type { FrontMatterLimits } from '../read/front-matter.js'

/**
 * What a queue worker needs of the coordinator's options to process a file
 * exactly as a local run would, as plain JSON: the limits, and the policy as
 * its difference from the built-in catalogue (the built-in rules are not
 * sent with every job). Read back with `readQueueSettings`, which checks
 * every field: a job is data, never code.
 */
export interface QueueSettings {
  readonly maxBytes: number
  readonly timeLimit: number
  readonly frontMatterLimits: FrontMatterLimits
  readonly disabled: readonly string[]
  /** Rules added after the built-in ones (from `winnow.config.json`). */
  readonly addedRules: readonly QueueRule[]
  readonly markerComments: { readonly begin: readonly string[]; readonly end: readonly string[] }
  readonly linkListLabels: readonly string[]
  readonly affiliateHosts: readonly string[]
}

interface QueueRule {
  readonly id: string
  readonly reason: string
  readonly selector: string
  readonly textPattern?: { readonly source: string; readonly flags: string }
}

export interface SettingsSource {
  readonly policy: CleanPolicy
  readonly maxBytes: number
  readonly timeLimit: number
  readonly frontMatterLimits: FrontMatterLimits
}

/** The coordinator's side: options → JSON data. */
export function toQueueSettings(options: SettingsSource): QueueSettings {
  const { policy } = options
  if (policy.filterLists !== undefined || policy.filterListTexts !== undefined) {
    throw new UsageError(
      '--queue does not take --filter-list yet: filter lists are read on the coordinator, and workers cannot see them. Run without --queue, or without the lists.',
    )
  }
  const builtIn = defaultPolicy.elementRules
  if (builtIn.some((rule, index) => policy.elementRules[index] !== rule)) {
    throw new UsageError(
      '--queue needs a policy that starts with the built-in rules (as `loadPolicy` makes it)',
    )
  }
  return {
    maxBytes: options.maxBytes,
    timeLimit: options.timeLimit,
    frontMatterLimits: { ...options.frontMatterLimits },
    disabled: [...policy.disabled].sort(),
    addedRules: policy.elementRules.slice(builtIn.length).map((rule) => ({
      id: rule.id,
      reason: rule.reason,
      selector: rule.selector,
      ...(rule.textPattern
        ? { textPattern: { source: rule.textPattern.source, flags: rule.textPattern.flags } }
        : {}),
    })),
    markerComments: {
      begin: [...policy.markerComments.begin],
      end: [...policy.markerComments.end],
    },
    linkListLabels: [...policy.linkListLabels],
    affiliateHosts: [...policy.affiliateHosts],
  }
}

/** The worker's side: JSON data → options, or an error naming the bad field. */
export function readQueueSettings(value: unknown): SettingsSource {
  if (!isObject(value)) throw new TypeError('settings: not an object')
  const { maxBytes, timeLimit, frontMatterLimits, markerComments } = value
  if (!isPositiveInteger(maxBytes)) throw new TypeError('settings.maxBytes: not a positive integer')
  if (!isPositiveInteger(timeLimit))
    throw new TypeError('settings.timeLimit: not a positive integer')
  if (
    !isObject(frontMatterLimits) ||
    !isPositiveInteger(frontMatterLimits.maxAliases) ||
    !isPositiveInteger(frontMatterLimits.maxValueLength) ||
    !isPositiveInteger(frontMatterLimits.maxListLength)
  )
    throw new TypeError('settings.frontMatterLimits: not three positive integers')
  const disabled = strings(value.disabled, 'disabled')
  if (!isObject(markerComments)) throw new TypeError('settings.markerComments: not an object')
  if (!Array.isArray(value.addedRules)) throw new TypeError('settings.addedRules: not a list')
  const addedRules = value.addedRules.map(readRule)
  return {
    maxBytes,
    timeLimit,
    frontMatterLimits: {
      maxAliases: frontMatterLimits.maxAliases,
      maxValueLength: frontMatterLimits.maxValueLength,
      maxListLength: frontMatterLimits.maxListLength,
    },
    policy: {
      disabled: new Set(disabled),
      elementRules: [...defaultPolicy.elementRules, ...addedRules],
      markerComments: {
        begin: strings(markerComments.begin, 'markerComments.begin'),
        end: strings(markerComments.end, 'markerComments.end'),
      },
      linkListLabels: strings(value.linkListLabels, 'linkListLabels'),
      affiliateHosts: strings(value.affiliateHosts, 'affiliateHosts'),
    },
  }
}

function readRule(value: unknown, index: number): ElementRule {
  const where = `settings.addedRules[${index}]`
  if (!isObject(value)) throw new TypeError(`${where}: not an object`)
  const { id, reason, selector, textPattern } = value
  if (typeof id !== 'string' || typeof reason !== 'string' || typeof selector !== 'string')
    throw new TypeError(`${where}: id, reason and selector must be strings`)
  if (textPattern === undefined) return { id, reason, selector }
  if (
    !isObject(textPattern) ||
    typeof textPattern.source !== 'string' ||
    typeof textPattern.flags !== 'string'
  )
    throw new TypeError(`${where}.textPattern: not a pattern`)
  // Note: a pattern is matched, never run: `new RegExp` compiles no code.
  return { id, reason, selector, textPattern: new RegExp(textPattern.source, textPattern.flags) }
}

function strings(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new TypeError(`settings.${name}: not a list of strings`)
  return value
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
