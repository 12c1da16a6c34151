import type { Nodes } from 'mdast'
import { markdownToMdast } from '../parse/markdown-to-mdast.js'
import { containerPrefixLength, overfullBlocks } from '../read/limit-inline-syntax.js'

/** URL schemes a link, image or definition in winnow's Markdown may have. */
const allowedSchemes = new Set(['http', 'https', 'mailto'])

/** Most rounds of escaping before a text is given up on (each round fixes every violation found). */
const MAX_ROUNDS = 8

export interface MarkdownViolation {
  readonly kind: 'html' | 'url' | 'code'
  /** Offset in the Markdown where it starts. */
  readonly offset: number
  readonly detail: string
}

/** Markdown that winnow would write but that breaks its post-condition and cannot be fixed by escaping. */
export class UnsafeMarkdownError extends Error {
  readonly violations: readonly MarkdownViolation[]
  constructor(violations: readonly MarkdownViolation[]) {
    const first = violations[0]
    super(
      `unsafe Markdown after serializing: ${first?.kind ?? '?'} at offset ${first?.offset ?? 0} (${first?.detail ?? ''})${violations.length > 1 ? ` and ${violations.length - 1} more` : ''}`,
    )
    this.name = 'UnsafeMarkdownError'
    this.violations = violations
  }
}

export interface SafetyCheck {
  /**
   * The code blocks the Markdown was serialized from, in order: each must
   * read back as a code block with the same text.
   */
  readonly codeBlocks?: readonly string[]
}

/**
 * What in a Markdown text breaks winnow's post-condition, read as CommonMark
 * + GFM (as a renderer that passes raw HTML would read it): raw HTML (a block
 * or inline), a link, image or definition whose URL has a scheme other than
 * http(s) or mailto, and, when `codeBlocks` is given, code blocks that do not
 * read back as those code blocks.
 */
export function findUnsafeMarkdown(markdown: string, check: SafetyCheck = {}): MarkdownViolation[] {
  const expected = check.codeBlocks ?? []
  if (!mayBeUnsafe(markdown, expected.length)) return []
  const found: MarkdownViolation[] = []
  const code: { value: string; offset: number }[] = []
  const walk = (node: Nodes) => {
    const offset = node.position?.start.offset ?? 0
    if (node.type === 'html') found.push({ kind: 'html', offset, detail: node.value.slice(0, 40) })
    if (node.type === 'code') code.push({ value: node.value, offset })
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = schemeOf(node.url)
      if (scheme !== undefined && !allowedSchemes.has(scheme))
        found.push({ kind: 'url', offset, detail: `${node.type} ${node.url.slice(0, 40)}` })
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  // A paragraph with more inline syntax than any prose (see limitInlineSyntax)
  // would cost micromark the square of its length: it is masked, same
  // length, and scanned on its own in one pass instead.
  const overfull = overfullBlocks(markdown).filter(
    (block) => !/^(?: {4}|\t)/.test(markdown.slice(block.start, block.start + 4)),
  )
  for (const block of overfull) found.push(...scanOverfull(markdown, block.start, block.end))
  walk(markdownToMdast(overfull.length === 0 ? markdown : mask(markdown, overfull)))
  if (check.codeBlocks !== undefined) found.push(...unexpectedCode(code, expected))
  return found
}

/**
 * Markdown that meets the post-condition: raw HTML, links with other schemes
 * and fences that were never written are escaped (their `<`, `[` or first
 * fence character written as a character reference), so they read as text,
 * and nothing is dropped. Throws `UnsafeMarkdownError` when escaping cannot fix it (a code
 * block that does not read back as one).
 */
export function secureMarkdown(markdown: string, check: SafetyCheck = {}): string {
  let text = markdown
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const violations = findUnsafeMarkdown(text, check)
    if (violations.length === 0) return text
    // Escape from the end, so earlier offsets stay right.
    const offsets = violations
      .map((violation) => escapeOffset(text, violation))
      .filter((offset): offset is number => offset !== undefined)
      .sort((a, b) => b - a)
    if (offsets.length < violations.length) throw new UnsafeMarkdownError(violations)
    for (const offset of new Set(offsets)) {
      // A character reference, not a backslash: a backslash right after a
      // GFM literal autolink is read as part of its URL and escapes nothing.
      text = `${text.slice(0, offset)}&#${text.codePointAt(offset)};${text.slice(offset + 1)}`
    }
  }
  throw new UnsafeMarkdownError(findUnsafeMarkdown(text, check))
}

/**
 * Where an escape turns the construct at a violation into text: the `<` of
 * raw HTML, the `[` or `<` of a link, the first character of a fence that
 * was never written. Undefined when no escape can (a code block lost).
 */
function escapeOffset(text: string, violation: MarkdownViolation): number | undefined {
  const at = violation.offset
  const targets = { html: '<', url: '[<]', code: '`~' }[violation.kind]
  if (violation.kind === 'code' && !/^[`~]/.test(text.slice(at).trimStart())) return undefined
  for (let index = at; index < Math.min(text.length, at + 8); index++)
    if (targets.includes(text[index] ?? '')) return index
  return undefined
}

/** The text with each block's characters (container prefixes and line ends aside) as `x`. */
function mask(markdown: string, blocks: readonly { start: number; end: number }[]): string {
  const parts: string[] = []
  let at = 0
  for (const block of blocks) {
    parts.push(markdown.slice(at, block.start))
    for (const line of markdown.slice(block.start, block.end).split(/(?<=\n)/)) {
      const prefix = containerPrefixLength(line)
      const end = line.endsWith('\n') ? line.length - 1 : line.length
      parts.push(line.slice(0, prefix), 'x'.repeat(Math.max(0, end - prefix)), line.slice(end))
    }
    at = block.end
  }
  parts.push(markdown.slice(at))
  return parts.join('')
}

/**
 * A conservative one-pass check of a masked block: any unescaped `<` that
 * could open raw HTML or an autolink, and any link destination or definition
 * with a scheme other than http(s) or mailto, is a violation.
 */
function scanOverfull(markdown: string, start: number, end: number): MarkdownViolation[] {
  const found: MarkdownViolation[] = []
  let backslashes = 0
  for (let index = start; index < end; index++) {
    const char = markdown[index]
    const escaped = backslashes % 2 === 1
    backslashes = char === '\\' ? backslashes + 1 : 0
    if (escaped) continue
    if (char === '<' && /[A-Za-z/!?]/.test(markdown[index + 1] ?? ''))
      found.push({ kind: 'html', offset: index, detail: markdown.slice(index, index + 40) })
    if (char === ']' && (markdown[index + 1] === '(' || markdown[index + 1] === ':')) {
      const destination = /^[(:]\s*<?([^\s)>]*)/.exec(markdown.slice(index + 1, index + 2050))
      const scheme = schemeOf(destination?.[1] ?? '')
      if (scheme !== undefined && !allowedSchemes.has(scheme))
        found.push({ kind: 'url', offset: index, detail: markdown.slice(index, index + 40) })
    }
  }
  return found
}

/**
 * Code blocks read back that were not written (a run of tildes or backticks
 * that opens a fence), and written code blocks that did not read back.
 */
function unexpectedCode(
  read: readonly { value: string; offset: number }[],
  written: readonly string[],
): MarkdownViolation[] {
  const found: MarkdownViolation[] = []
  let next = 0
  for (const block of read) {
    if (next < written.length && sameCode(block.value, written[next] ?? '')) next++
    else
      found.push({
        kind: 'code',
        offset: block.offset,
        detail: 'a code block that was not written',
      })
  }
  if (next < written.length)
    found.push({
      kind: 'code',
      offset: 0,
      detail: `${written.length - next} of ${written.length} code blocks did not read back`,
    })
  return found
}

/** Code text compared as it reads: line endings, and blank lines at either end, aside. */
function sameCode(read: string, written: string): boolean {
  const normalize = (value: string) => value.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '')
  return normalize(read) === normalize(written)
}

/**
 * The URL's scheme, lowercased, read as a browser reads it (control
 * characters and white space ignored); undefined for a relative URL.
 */
function schemeOf(url: string): string | undefined {
  const normalized = [...url].filter((char) => char > ' ').join('')
  const match = /^([a-z][a-z\d+.-]*):/i.exec(normalized)
  return match?.[1]?.toLowerCase()
}

/**
 * A cheap test that skips the parse for text that cannot hold a violation:
 * raw HTML and autolinks need a `<`, links, images and definitions a `[`
 * (GFM's literal autolinks are http(s) or mailto), code blocks a fence or an
 * indent.
 */
function mayBeUnsafe(markdown: string, codeBlocks: number): boolean {
  return codeBlocks > 0 || /[<[]|`{3}|~{3}|^(?: {4}|\t)/m.test(markdown)
}
