import { scanTags, type TagSyntax } from './html-tag-scanner.js'
import { foreignRoots, impliedEndIndex, impliedEnds, voidElements } from './implied-end-tags.js'

/**
 * Deepest element nesting winnow parses. The HTML parser's tree converters
 * and the unist utilities after them recurse once per level, so a page with
 * `<div>` 10,000 times would overflow the stack; real articles stay far
 * below 100 levels.
 */
export const MAX_NESTING_DEPTH = 128

export interface LimitNestingOptions {
  /** `html` for a whole page; `markdown` for raw HTML inside Markdown. */
  readonly syntax: TagSyntax
  readonly maxDepth?: number
}

export interface LimitedNesting {
  /** The text with every tag deeper than the limit blanked (same length, line ends kept). */
  readonly text: string
  /** How many tags were blanked. */
  readonly dropped: number
  /** Offset of the first blanked tag. */
  readonly firstDropped?: number
}

/**
 * Drop the tags of elements nested deeper than `maxDepth`, keeping their
 * text. Works on the text before parsing, in one pass with an explicit stack
 * (no recursion), so nothing after it ever sees deeper nesting. Blanked tags
 * become spaces, so offsets, lines and columns still point into the input.
 *
 * In Markdown, raw HTML is parsed one top-level block at a time: the stack
 * starts over at a blank line followed by a line that cannot continue a
 * list or quote.
 */
export function limitNesting(text: string, options: LimitNestingOptions): LimitedNesting {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH
  const blockBreak = /\n[ \t]*\n(?:[ \t]*\n)*(?=[^\s>*+\-\d])/g
  let nextBreak = options.syntax === 'markdown' ? findBreak(blockBreak, text, 0) : Infinity
  const stack: string[] = []
  /** Open elements beyond the limit, by name: always the innermost. */
  const droppedOpen = new Map<string, number>()
  const blanked: [number, number][] = []
  const truncate = (length: number) => {
    stack.length = length
    droppedOpen.clear()
  }

  for (const tag of scanTags(text, options.syntax)) {
    if (tag.start >= nextBreak) {
      truncate(0)
      nextBreak = findBreak(blockBreak, text, tag.start)
    }
    if (tag.kind === 'end') {
      const open = droppedOpen.get(tag.name) ?? 0
      if (open > 0) {
        droppedOpen.set(tag.name, open - 1)
        blanked.push([tag.start, tag.end])
      } else {
        const index = stack.lastIndexOf(tag.name)
        if (index !== -1) truncate(index)
      }
      continue
    }
    if (voidElements.has(tag.name)) continue
    if (tag.selfClosing && stack.some((name) => foreignRoots.has(name))) continue
    for (const rule of impliedEnds(tag.name)) {
      const index = impliedEndIndex(stack, rule)
      if (index !== -1) truncate(index)
    }
    if (stack.length < maxDepth) {
      stack.push(tag.name)
    } else {
      droppedOpen.set(tag.name, (droppedOpen.get(tag.name) ?? 0) + 1)
      blanked.push([tag.start, tag.end])
    }
  }

  if (blanked.length === 0) return { text, dropped: 0 }
  return { text: blank(text, blanked), dropped: blanked.length, firstDropped: blanked[0]?.[0] ?? 0 }
}

function findBreak(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from
  const match = pattern.exec(text)
  return match ? match.index + match[0].length : Infinity
}

/** Replace every range with spaces, keeping line ends. */
function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  const parts: string[] = []
  let at = 0
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '))
    at = end
  }
  parts.push(text.slice(at))
  return parts.join('')
}
