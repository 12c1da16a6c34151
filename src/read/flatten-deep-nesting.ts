import type { VFile } from 'vfile'
import { MESSAGE_SOURCE, shorten } from '../messages/report-removal.js'
import { defineRule } from '../types/rule-definition.js'
import type { TagSyntax } from './html-tag-scanner.js'
import {
  type LimitedInlineSyntax,
  limitInlineSyntax,
  MAX_INLINE_SYNTAX,
} from './limit-inline-syntax.js'
import { limitMarkdownContainers, MAX_CONTAINER_DEPTH } from './limit-markdown-containers.js'
import { limitNesting, MAX_NESTING_DEPTH } from './limit-nesting.js'

export const DEEP_NESTING_RULE = 'deep-nesting'

export const deepNestingRule = defineRule({
  id: DEEP_NESTING_RULE,
  stage: 'read',
  description:
    'Nesting deeper than the parsers can walk is flattened, and over-full inline syntax read as plain text, before parsing (text kept).',
})

/**
 * Bound the nesting of a document before it is parsed: element tags (see
 * `limitNesting`) and, in Markdown, block quotes and lists (see
 * `limitMarkdownContainers`). Records one message on the file when anything went.
 */
export function flattenDeepNesting(text: string, file: VFile, syntax: TagSyntax): string {
  return flattenNesting(text, file, syntax)
}

/**
 * Bound the inline syntax of each Markdown paragraph (see
 * `limitInlineSyntax`): over-full blocks are read as plain text. Records one
 * message on the file when any was.
 */
export function limitMarkdownInlineSyntax(text: string, file: VFile): LimitedInlineSyntax {
  const limited = limitInlineSyntax(text)
  const first = limited.literals[0]
  if (first) {
    const message = file.info(
      `Unexpected paragraph with more than ${MAX_INLINE_SYNTAX} emphasis, bracket, backtick, \`<\`, \`&\` or backslash characters: ${limited.literals.length} such blocks read as plain text, every character kept, expected a paragraph the parser can resolve in linear time`,
      { ruleId: DEEP_NESTING_RULE, source: MESSAGE_SOURCE, place: pointAt(text, first.start) },
    )
    message.actual = shorten(first.text.slice(0, 200))
  }
  return limited
}

function flattenNesting(text: string, file: VFile, syntax: TagSyntax): string {
  const containers =
    syntax === 'markdown' ? limitMarkdownContainers(text) : { text, dropped: 0, firstDropped: 0 }
  const tags = limitNesting(containers.text, { syntax })
  const dropped = containers.dropped + tags.dropped
  if (dropped === 0) return text
  const offset = Math.min(
    containers.dropped > 0 ? (containers.firstDropped ?? 0) : Infinity,
    tags.dropped > 0 ? (tags.firstDropped ?? 0) : Infinity,
  )
  const message = file.info(
    `Unexpected nesting deeper than ${MAX_NESTING_DEPTH} elements or ${MAX_CONTAINER_DEPTH} quotes and lists: ${dropped} tags or markers beyond that depth were dropped and their text kept, expected a document the parser can walk`,
    { ruleId: DEEP_NESTING_RULE, source: MESSAGE_SOURCE, place: pointAt(text, offset) },
  )
  message.actual = shorten(text.slice(offset, offset + 200))
  return tags.text
}

/** Line and column (1-based) of an offset. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
}
