/** URL schemes that can run code or smuggle a document; a link or image with one loses it. */
export const unsafeUrlSchemes: readonly string[] = ['javascript', 'vbscript', 'data', 'file']

/** Properties that hold a URL, by element. */
export const urlProperties: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'srcSet'],
  area: ['href'],
  form: ['action'],
  button: ['formAction'],
  blockquote: ['cite'],
  q: ['cite'],
  source: ['src', 'srcSet'],
}
