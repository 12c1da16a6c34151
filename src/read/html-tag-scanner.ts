/** One start or end tag found in a text, by offsets into it. */
export interface TagToken {
  readonly kind: 'start' | 'end'
  /** Lower-cased tag name. */
  readonly name: string
  readonly start: number
  readonly end: number
  /** The tag ends in `/>`. */
  readonly selfClosing: boolean
}

export type TagSyntax = 'html' | 'markdown'

/**
 * Where a tag may begin. HTML tag names run to white space, `/` or `>`;
 * in Markdown only CommonMark's `[A-Za-z][A-Za-z0-9-]*` names are tags, so
 * autolinks such as `<https://…>` are not.
 */
const tagStart: Readonly<Record<TagSyntax, RegExp>> = {
  html: /<!--|<[!?]|<(\/?)([A-Za-z][^\s/>\0]*)/g,
  markdown: /<!--|<[!?]|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/g,
}

/** Elements whose content is text up to their end tag, never tags. */
const rawTextElements = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
])

const rawTextEnds = new Map<string, RegExp>()

/**
 * Every start and end tag of a text, in order, skipping comments, doctypes
 * and the content of raw-text elements (`script`, `style`, …). One pass with
 * no recursion: a loose approximation of the HTML tokenizer, made for
 * measuring nesting, not for parsing.
 */
export function* scanTags(text: string, syntax: TagSyntax): Generator<TagToken> {
  const pattern = new RegExp(tagStart[syntax].source, 'g')
  let match = pattern.exec(text)
  while (match) {
    const start = match.index
    const [whole, slash, rawName] = match
    if (rawName === undefined) {
      // A comment, a doctype or a processing instruction.
      const close = whole === '<!--' ? text.indexOf('-->', start + 4) : text.indexOf('>', start)
      pattern.lastIndex = close === -1 ? text.length : close + (whole === '<!--' ? 3 : 1)
    } else {
      const { end, selfClosing } = tagEnd(text, start + whole.length)
      const name = rawName.toLowerCase()
      const kind = slash ? 'end' : 'start'
      yield { kind, name, start, end, selfClosing }
      pattern.lastIndex = end
      if (kind === 'start' && rawTextElements.has(name))
        pattern.lastIndex = rawTextEnd(text, name, end)
      if (kind === 'start' && name === 'plaintext') return
    }
    match = pattern.exec(text)
  }
}

/** The offset just past a tag's `>`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): { end: number; selfClosing: boolean } {
  let index = from
  let afterEquals = false
  while (index < text.length) {
    const char = text[index]
    if (char === '>') return { end: index + 1, selfClosing: text[index - 1] === '/' }
    if (afterEquals && (char === '"' || char === "'")) {
      const close = text.indexOf(char, index + 1)
      if (close === -1) return { end: text.length, selfClosing: false }
      index = close + 1
      afterEquals = false
      continue
    }
    if (char === '=') afterEquals = true
    else if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\f') afterEquals = false
    index++
  }
  return { end: text.length, selfClosing: false }
}

/** The offset where a raw-text element's end tag begins, or the end of the text. */
function rawTextEnd(text: string, name: string, from: number): number {
  let pattern = rawTextEnds.get(name)
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\s/>]`, 'gi')
    rawTextEnds.set(name, pattern)
  }
  pattern.lastIndex = from
  const match = pattern.exec(text)
  return match ? match.index : text.length
}
