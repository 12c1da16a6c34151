import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'

/**
 * Parse an HTML document into hast with parse5, the HTML standard's
 * algorithm. Parse errors are not reported: scraped HTML always has some.
 */
export function htmlToHast(html: string): Root {
  return fromHtml(html)
}
