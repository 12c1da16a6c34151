import type { InputFormat } from '../types.js'

/**
 * An HTML document begins, after white space, comments and a doctype, with one
 * of the document-level tags. Anything else is Markdown, which may itself hold
 * inline HTML.
 */
const htmlDocumentStart =
  /^\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i

/** Sniff the format from the content, never from the file name. */
export function sniffFormat(
  text: string,
  options: { readonly hasFrontMatter: boolean },
): InputFormat {
  if (options.hasFrontMatter) return 'markdown'
  return htmlDocumentStart.test(text.slice(0, 4096)) ? 'html' : 'markdown'
}
