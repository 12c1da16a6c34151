import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'
import type { FrontMatter, FrontMatterScalar, FrontMatterValue } from '../types.js'
import { InputError } from './input-error.js'

export interface FrontMatterLimits {
  /** Most YAML aliases a front matter may use (alias bombs expand exponentially). */
  readonly maxAliases: number
  /** Longest string value kept; longer ones are cut. */
  readonly maxValueLength: number
  /** Most entries kept in a list value. */
  readonly maxListLength: number
}

export const DEFAULT_FRONT_MATTER_LIMITS: FrontMatterLimits = {
  maxAliases: 20,
  maxValueLength: 4096,
  maxListLength: 200,
}

export interface SplitDocument {
  readonly data: FrontMatter
  /**
   * The document with its front matter blanked out (every character but line
   * ends turned into a space), so that offsets, lines and columns of the body
   * still point into the original file.
   */
  readonly body: string
  readonly hasFrontMatter: boolean
}

/** Engines gray-matter knows besides YAML. Front matter is data, never code: each one refuses. */
const refusedLanguages = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml']

/**
 * Split YAML front matter from a document. Any other front-matter language is
 * an error for this file and is never evaluated.
 */
export function splitFrontMatter(text: string, limits: FrontMatterLimits): SplitDocument {
  if (!/^---[^\n]*\n/.test(text)) return { data: {}, body: text, hasFrontMatter: false }

  const language = matter.language(text).name.trim().toLowerCase()
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new InputError(
      `front matter in language '${language}' is not supported: winnow reads YAML front matter only and never evaluates code`,
      { status: 'error' },
    )
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new InputError("unterminated front matter: the opening '---' has no closing '---' line", {
      status: 'error',
    })
  }

  let raw = ''
  const engines: Record<string, { parse: (input: string) => object; stringify: () => string }> = {
    yaml: {
      parse(input) {
        raw = input
        return {}
      },
      stringify: refuse,
    },
  }
  for (const name of refusedLanguages) engines[name] = { parse: refuse, stringify: refuse }
  const file = matter(text, { language: 'yaml', engines })

  if (!text.endsWith(file.content)) {
    throw new InputError('front matter could not be separated from the body', { status: 'error' })
  }
  const prefix = text.length - file.content.length
  const body = text.slice(0, prefix).replace(/[^\n]/g, ' ') + file.content
  return { data: parseFrontMatterYaml(raw, limits), body, hasFrontMatter: true }
}

function refuse(): never {
  throw new InputError('front matter engine refused: front matter is data and never code', {
    status: 'error',
  })
}

/** Parse YAML with bounded aliases and keep only scalars and lists of scalars. */
export function parseFrontMatterYaml(raw: string, limits: FrontMatterLimits): FrontMatter {
  if (raw.trim() === '') return {}
  let value: unknown
  try {
    // The core schema keeps timestamps as strings: dates stay as written.
    // Unknown tags (`!!js/function`, `!custom`) resolve to plain strings; `logLevel` keeps
    // the parser from printing a warning for each.
    value = parseYaml(raw, {
      schema: 'core',
      maxAliasCount: limits.maxAliases,
      uniqueKeys: false,
      logLevel: 'error',
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(`invalid YAML front matter: ${reason}`, { status: 'error' })
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError('front matter is not a mapping of keys to values', { status: 'error' })
  }
  const data: Record<string, FrontMatterValue> = {}
  for (const [key, entry] of Object.entries(value)) {
    // Assigning `__proto__` would replace the object's prototype.
    if (key === '__proto__') continue
    const kept = keepValue(entry, limits)
    if (kept !== undefined) data[key] = kept
  }
  return data
}

function keepValue(value: unknown, limits: FrontMatterLimits): FrontMatterValue | undefined {
  if (Array.isArray(value)) {
    const list: FrontMatterScalar[] = []
    for (const entry of value.slice(0, limits.maxListLength)) {
      const scalar = keepScalar(entry, limits)
      if (scalar !== undefined) list.push(scalar)
    }
    return list
  }
  return keepScalar(value, limits)
}

function keepScalar(value: unknown, limits: FrontMatterLimits): FrontMatterScalar | undefined {
  if (typeof value === 'string') return value.slice(0, limits.maxValueLength)
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'boolean' || value === null) return value
  return undefined
}
