import { Document, visit } from 'yaml'

export type FrontMatterFields = Readonly<Record<string, string | readonly string[]>>

/** Characters that start markup in CommonMark: a tag or autolink (`<`), a link or image (`[`). */
const markupStart = /[<[]/g
const escapes: Readonly<Record<string, string>> = { '<': '\\u003c', '[': '\\u005b' }

/**
 * YAML front matter as winnow writes it. A value holding `<` or `[` (a title
 * or a file name with markup in it) is double-quoted with those characters
 * escaped (`\u003c`, `\u005b`), which YAML reads back as they were: a
 * CommonMark renderer that shows the front matter as text finds no tag,
 * autolink, link or image in it, even one that allows raw HTML and any URL.
 */
export function renderFrontMatter(fields: FrontMatterFields): string {
  const document = new Document(fields)
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /[<[]/.test(node.value)) node.type = 'QUOTE_DOUBLE'
    },
  })
  // Keys are plain words and lists are block lists (`- item`), so every `<`
  // and `[` left is inside a double-quoted scalar, where these are escapes.
  return document.toString({ lineWidth: 0 }).replace(markupStart, (char) => escapes[char] ?? char)
}
