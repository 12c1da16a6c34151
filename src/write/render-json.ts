/**
 * JSON as winnow writes it: two-space indent, keys in the order the value was
 * built, a final newline. Every `<` is written as `\u003c` (the same string
 * to any JSON parser), so the file holds no markup even when a Markdown or
 * HTML renderer is pointed at it: no tag, no comment, no autolink.
 */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/</g, '\\u003c')}\n`
}
