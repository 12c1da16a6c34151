/** JSON as winnow writes it: two-space indent, keys in the order the value was built, a final newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
