import type { FrontMatter } from '../types.js'

/** Jina Reader's preamble fields and the metadata keys they become. */
const FIELDS: Readonly<Record<string, string>> = {
  title: 'title',
  'url source': 'url',
  'published time': 'date',
  description: 'description',
  language: 'language',
}

/** The line that ends the preamble; the page's Markdown follows it. */
const CONTENT_MARKER = /^markdown content:[ \t]*$/i

/** A preamble line: `Name: value`. Jina also writes `Warning: …` lines, which are dropped. */
const FIELD_LINE = /^([A-Za-z][A-Za-z ]{0,30}):[ \t]*(.*)$/

/** Most lines a preamble may take before `Markdown Content:` (fields, warnings, blank lines). */
const MAX_PREAMBLE_LINES = 40

export interface JinaPreamble {
  readonly metadata: FrontMatter
  /** The text with the preamble blanked out (every character but line ends made a space). */
  readonly body: string
}

/**
 * Read the preamble Jina Reader puts before a page's Markdown:
 * `Title: …`, `URL Source: …`, `Published Time: …`, then `Markdown Content:`.
 * Only a text that starts with `Title:` or `URL Source:` and reaches
 * `Markdown Content:` within the preamble's lines is taken for one.
 */
export function readJinaPreamble(text: string): JinaPreamble | undefined {
  if (!/^\uFEFF?\s*(?:title|url source):/i.test(text.slice(0, 64))) return undefined
  const lines = text.split('\n')
  const metadata: Record<string, string> = {}
  let offset = 0
  for (const [index, raw] of lines.entries()) {
    if (index >= MAX_PREAMBLE_LINES) return undefined
    const line = raw
      .replace(/^\uFEFF/, '')
      .replace(/\r$/, '')
      .trim()
    offset += raw.length + 1
    if (CONTENT_MARKER.test(line)) {
      if (metadata.url === undefined && metadata.title === undefined) return undefined
      const blank = text.slice(0, offset).replace(/[^\n]/g, ' ')
      return { metadata, body: blank + text.slice(offset) }
    }
    if (line === '') continue
    const field = FIELD_LINE.exec(line)
    if (!field) return undefined
    const key = FIELDS[(field[1] ?? '').trim().toLowerCase()]
    const value = (field[2] ?? '').trim()
    if (key !== undefined && value !== '' && metadata[key] === undefined) metadata[key] = value
  }
  return undefined
}
