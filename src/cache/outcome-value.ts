import { DEFAULT_NUM_PERMUTATIONS } from '../dedupe/fingerprint.js'
import type { FileOutcome } from '../run/file-outcome.js'

/**
 * A file outcome as JSON can hold it: the fingerprint's signature as a plain
 * array of numbers. Everything else already is plain data.
 */
export function toCacheValue(outcome: FileOutcome): unknown {
  const { fingerprint } = outcome
  return fingerprint
    ? { ...outcome, fingerprint: { ...fingerprint, signature: [...fingerprint.signature] } }
    : outcome
}

/**
 * A cached value back as a file outcome, or `undefined` when it does not
 * have the shape winnow writes (a damaged or hand-edited entry): the input
 * is then processed again.
 */
export function fromCacheValue(value: unknown, relativePath: string): FileOutcome | undefined {
  if (!isObject(value) || value.path !== relativePath) return undefined
  if (value.status !== 'ok' && value.status !== 'skipped') return undefined
  if (typeof value.sha256 !== 'string' || !isMessages(value.messages)) return undefined
  if (value.status === 'skipped') {
    return typeof value.reason === 'string' && value.record === undefined
      ? (value as unknown as FileOutcome)
      : undefined
  }
  const { record, fingerprint } = value
  if (!isRecord(record) || !isObject(fingerprint)) return undefined
  const { signature, exact, tokens } = fingerprint
  if (typeof exact !== 'string' || typeof tokens !== 'number' || !isSignature(signature))
    return undefined
  return {
    ...(value as unknown as FileOutcome),
    fingerprint: { exact, tokens, signature: Uint32Array.from(signature) },
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isMessages(value: unknown): boolean {
  return (
    Array.isArray(value) && value.every((item) => isObject(item) && typeof item.reason === 'string')
  )
}

function isSignature(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === DEFAULT_NUM_PERMUTATIONS &&
    value.every((item) => Number.isInteger(item) && item >= 0 && item <= 0xffffffff)
  )
}

/** The fields of an article record that later stages read, with their types. */
function isRecord(value: unknown): boolean {
  if (!isObject(value)) return false
  const strings = ['title', 'kind', 'intro', 'text'] as const
  const arrays = ['tags', 'categories', 'items', 'sections', 'paragraphs'] as const
  return (
    strings.every((key) => typeof value[key] === 'string') &&
    arrays.every((key) => Array.isArray(value[key])) &&
    (value.items as unknown[]).every(
      (item) => isObject(item) && typeof item.title === 'string' && typeof item.body === 'string',
    ) &&
    (value.sections as unknown[]).every(
      (section) =>
        isObject(section) && typeof section.title === 'string' && typeof section.body === 'string',
    ) &&
    (value.paragraphs as unknown[]).every(
      (paragraph) => isObject(paragraph) && typeof paragraph.key === 'string',
    )
  )
}
