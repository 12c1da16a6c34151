import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { UsageError } from '../messages/usage-error.js'
import { REPORT_FILE, type RunReport } from '../write/run-report.js'

/** Read `OUT/report.json`; a missing or malformed report is a usage error that says what to do. */
export async function readRunReport(out: string): Promise<RunReport> {
  const file = path.join(out, REPORT_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`no ${REPORT_FILE} in ${out}: run winnow clean --out ${out} first`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${error instanceof Error ? error.message : error}`)
  }
  if (!isReport(value)) throw new UsageError(`${file} is not a winnow report`)
  return value
}

function isReport(value: unknown): value is RunReport {
  if (!value || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return Array.isArray(record.inputs) && Array.isArray(record.clusters)
}

/** A slug that names files in the output folder and nothing else. */
export function isSafeSlug(slug: string): boolean {
  return /^[a-z0-9-]+$/.test(slug)
}

export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly note: string }

/** `OUT/<slug>.json`, or why it cannot be read. */
export async function readGroupJson(out: string, slug: string): Promise<Read<CanonicalArticle>> {
  const text = await readGroupFile(out, `${slug}.json`)
  if (!text.ok) return text
  try {
    return { ok: true, value: JSON.parse(text.value) as CanonicalArticle }
  } catch {
    return { ok: false, note: `${slug}.json is not valid JSON` }
  }
}

/** `OUT/<slug>.md`, or why it cannot be read. */
export function readGroupMarkdown(out: string, slug: string): Promise<Read<string>> {
  return readGroupFile(out, `${slug}.md`)
}

async function readGroupFile(out: string, name: string): Promise<Read<string>> {
  try {
    return { ok: true, value: await readFile(path.join(out, name), 'utf8') }
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
    return {
      ok: false,
      note:
        code === 'ENOENT'
          ? `${name} is missing from the output folder`
          : `${name} could not be read (${code || String(error)})`,
    }
  }
}
