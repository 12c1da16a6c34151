/**
 * Most inline syntax characters one Markdown paragraph may hold. micromark
 * resolves emphasis, labels, code spans and its merged text runs inside one
 * paragraph at a cost that grows with the square of their number: `*a`
 * 50,000 times in one line takes half a minute. A real paragraph holds a few
 * dozen; 1,000 is far past any prose.
 */
export const MAX_INLINE_SYNTAX = 1000

/** Characters that can start an inline construct or end a text run in micromark. */
const syntaxChars = new Set(['*', '_', '~', '[', ']', '`', '<', '\\', '&', '!'])

export interface LimitedInlineSyntax {
  /** The text with over-full paragraphs split by blank lines. */
  readonly text: string
  /** How many blank lines were inserted. */
  readonly splits: number
  /** Offset (in the input) of the first paragraph that was split. */
  readonly firstSplit?: number
}

interface Block {
  readonly start: number
  readonly end: number
}

/** Characters escaped in an over-full paragraph, so that they read as text. */
const constructChars = new Set(['*', '_', '~', '[', ']', '`', '<'])

/**
 * Bound the inline syntax of every paragraph, before micromark sees it. A
 * block (lines between blank lines and block starts, outside fenced code)
 * with more than `maxSyntax` inline syntax characters is not prose: its
 * emphasis, bracket, backtick and `<` characters are escaped, so they read
 * as text, and it is split into paragraphs of at most `maxSyntax` tokens, at
 * a line end or a space where there is one. Every character is kept. A
 * paragraph then costs at most `maxSyntax²`, and a document of N bytes at
 * most N · `maxSyntax`: linear. Fenced code is never touched.
 */
export function limitInlineSyntax(
  text: string,
  maxSyntax: number = MAX_INLINE_SYNTAX,
): LimitedInlineSyntax {
  // Cheap exit: a document with few syntax characters needs no block scan.
  if (countSyntax(text, 0, text.length) <= maxSyntax) return { text, splits: 0 }
  const parts: string[] = []
  let at = 0
  let splits = 0
  let firstSplit: number | undefined
  for (const block of blocksOf(text)) {
    if (countSyntax(text, block.start, block.end) <= maxSyntax) continue
    firstSplit ??= block.start
    const limited = splitBlock(escapeConstructs(text.slice(block.start, block.end)), maxSyntax)
    parts.push(text.slice(at, block.start), limited.text)
    at = block.end
    splits += limited.splits
  }
  if (firstSplit === undefined) return { text, splits: 0 }
  parts.push(text.slice(at))
  return { text: parts.join(''), splits, firstSplit }
}

/** Escape every unescaped construct character with a backslash. */
function escapeConstructs(block: string): string {
  let result = ''
  let from = 0
  let backslashes = 0
  for (let index = 0; index < block.length; index++) {
    const char = block[index] as string
    if (constructChars.has(char) && backslashes % 2 === 0) {
      result += `${block.slice(from, index)}\\`
      from = index
    }
    backslashes = char === '\\' ? backslashes + 1 : 0
  }
  return result + block.slice(from)
}

/**
 * Split a block into paragraphs of at most `maxSyntax` syntax tokens (an
 * escape and its character are one token, never split apart).
 */
function splitBlock(block: string, maxSyntax: number): { text: string; splits: number } {
  const parts: string[] = []
  let at = 0
  let splits = 0
  let count = 0
  let lastBreak = -1
  for (let index = 0; index < block.length; index++) {
    const char = block[index] as string
    if (char === '\n' || char === ' ') lastBreak = index
    if (!syntaxChars.has(char)) continue
    const unit = char === '\\' && index + 1 < block.length && block[index + 1] !== '\n' ? 2 : 1
    if (++count > maxSyntax) {
      // Split before this token: at this chunk's last line end or space, else here.
      const cut = lastBreak > at ? lastBreak : index
      const isBreak = cut === lastBreak
      parts.push(block.slice(at, cut), block[cut] === '\n' && isBreak ? '\n' : '\n\n')
      at = isBreak ? (block[cut] === '\n' ? cut : cut + 1) : cut
      splits++
      count = countSyntax(block, at, index + unit)
      lastBreak = -1
    }
    index += unit - 1
  }
  parts.push(block.slice(at))
  return { text: parts.join(''), splits }
}

function countSyntax(text: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (syntaxChars.has(text[index] as string)) count++
  return count
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const blank = /^[ \t]*$/
/** Lines that always start a new block: a bullet, `1.` or `1)` list item, or an ATX heading. */
const blockStart = /^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/

/** Blocks of consecutive lines that may form one paragraph, outside fenced code blocks. */
function* blocksOf(text: string): Generator<Block> {
  let start = -1
  let fence: string | undefined
  let lineStart = 0
  for (;;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200))
    if (fence !== undefined) {
      const close = fenceOpen.exec(line)
      const run = close?.[1]
      if (close && run !== undefined && run[0] === fence[0] && run.length >= fence.length) {
        if (text.slice(lineStart + close[0].length, lineEnd).trim() === '') fence = undefined
      }
    } else {
      const open = fenceOpen.exec(line)
      const isBlank = blank.test(text.slice(lineStart, lineEnd))
      if (start !== -1 && (open || isBlank || blockStart.test(line))) {
        yield { start, end: lineStart }
        start = -1
      }
      if (open) fence = open[1]
      else if (!isBlank && start === -1) start = lineStart
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  if (start !== -1) yield { start, end: text.length }
}
