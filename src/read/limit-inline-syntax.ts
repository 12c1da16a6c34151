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

export interface LiteralBlock {
  /** Offsets of the block in the input. */
  readonly start: number
  readonly end: number
  /** The block's text without its container prefixes (`>`, list markers, indents). */
  readonly text: string
  /** What the parser reads in its place: its first line is the placeholder, then fillers. */
  readonly placeholder: string
}

export interface LimitedInlineSyntax {
  /**
   * The text with each over-full block replaced by a placeholder of as many
   * lines, with the same container prefixes (see `LiteralBlock`).
   */
  readonly text: string
  /** The blocks that were replaced, in order: placeholder N is `literals[N]`. */
  readonly literals: readonly LiteralBlock[]
}

/** Block quote markers, indents and a list marker at the start of a line. */
const containerPrefix = /^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?/

/**
 * Bound the inline syntax of every paragraph, before micromark sees it. A
 * block (lines between blank lines and block starts, outside fenced code and
 * HTML blocks) with more than `maxSyntax` inline syntax characters is not
 * prose: it is taken out of the Markdown and read as one paragraph of plain
 * text, every character kept (the parser puts it back, see
 * `markdownToMdast`). micromark never sees it, so no paragraph costs more
 * than `maxSyntax²` and a document of N bytes at most N · `maxSyntax`.
 */
export function limitInlineSyntax(
  text: string,
  maxSyntax: number = MAX_INLINE_SYNTAX,
): LimitedInlineSyntax {
  // Cheap exit: a document with few syntax characters needs no block scan.
  if (countSyntax(text, 0, text.length) <= maxSyntax) return { text, literals: [] }
  const parts: string[] = []
  const literals: LiteralBlock[] = []
  let at = 0
  for (const block of blocksOf(text)) {
    if (countSyntax(text, block.start, block.end) <= maxSyntax) continue
    const lines = text.slice(block.start, block.end).replace(/\n$/, '').split('\n')
    const prefixes = lines.map((line) => containerPrefix.exec(line)?.[0] ?? '')
    const token = `\uE000winnow-literal-${literals.length}\uE000`
    const placeholder = lines.map((_, index) => (index === 0 ? token : '\uE000')).join('\n')
    parts.push(
      text.slice(at, block.start),
      lines.map((_, index) => `${prefixes[index]}${index === 0 ? token : '\uE000'}`).join('\n'),
      text[block.end - 1] === '\n' ? '\n' : '',
    )
    literals.push({
      start: block.start,
      end: block.end,
      text: lines.map((line, index) => line.slice(prefixes[index]?.length ?? 0)).join('\n'),
      placeholder,
    })
    at = block.end
  }
  if (literals.length === 0) return { text, literals: [] }
  parts.push(text.slice(at))
  return { text: parts.join(''), literals }
}

interface Block {
  readonly start: number
  readonly end: number
}

/**
 * The blocks of a text that `limitInlineSyntax` would take out: more than
 * `maxSyntax` inline syntax characters, outside fenced code and HTML blocks.
 */
export function overfullBlocks(
  text: string,
  maxSyntax: number = MAX_INLINE_SYNTAX,
): { readonly start: number; readonly end: number }[] {
  if (countSyntax(text, 0, text.length) <= maxSyntax) return []
  return [...blocksOf(text)].filter(
    (block) => countSyntax(text, block.start, block.end) > maxSyntax,
  )
}

/** The length of the block quote markers, indent and list marker at the start of a line. */
export function containerPrefixLength(line: string): number {
  return containerPrefix.exec(line)?.[0].length ?? 0
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

/**
 * The start of a CommonMark HTML block of kinds 1 to 6 (script, comment,
 * processing instruction, declaration, CDATA, block-level tag), or a line
 * that is one whole tag (kind 7): never parsed for inline syntax.
 */
const htmlBlockStart =
  /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![a-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)|<\/?[a-z][a-z\d-]*(?:\s[^<>]*)?\/?>\s*$)/i

/** Blocks of consecutive lines that may form one paragraph, outside fenced code and HTML blocks. */
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
        // An HTML block (start -2) runs to the blank line and is skipped.
        if (start >= 0) yield { start, end: lineStart }
        start = -1
      }
      if (open) fence = open[1]
      else if (!isBlank && start === -1) start = htmlBlockStart.test(line) ? -2 : lineStart
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  if (start >= 0) yield { start, end: text.length }
}
