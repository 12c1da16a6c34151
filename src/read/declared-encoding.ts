import { createRequire } from 'node:module'
import type sniffHtmlEncoding from 'html-encoding-sniffer'
import type * as WhatwgEncoding from 'whatwg-encoding'

const NONE = 'none'

/**
 * The two CommonJS packages (iconv-lite underneath), loaded at the first
 * input that is not UTF-8: most runs never need them.
 */
let encodings:
  | { readonly sniff: typeof sniffHtmlEncoding; readonly whatwg: typeof WhatwgEncoding }
  | undefined
function load() {
  if (!encodings) {
    const require = createRequire(import.meta.url)
    encodings = {
      sniff: require('html-encoding-sniffer') as typeof sniffHtmlEncoding,
      whatwg: require('whatwg-encoding') as typeof WhatwgEncoding,
    }
  }
  return encodings
}

/**
 * The encoding a page declares for itself, by the HTML standard's sniffing
 * algorithm: a byte order mark, else `<meta charset>` or `<meta http-equiv=
 * content-type>` in its first 1,024 bytes. `undefined` when it declares none.
 */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const name = load().sniff(bytes, { defaultEncoding: NONE })
  return name === NONE ? undefined : name
}

/**
 * The bytes decoded in the encoding the page declares, by the Encoding
 * Standard (iconv-lite underneath: Node's own decoder reads windows-1252 as
 * Latin-1), or `undefined` when it declares none, declares UTF-8, or names
 * one that cannot be decoded.
 */
export function decodeDeclared(bytes: Uint8Array): { encoding: string; text?: string } | undefined {
  const encoding = declaredEncoding(bytes)
  if (encoding === undefined || encoding === 'UTF-8') return undefined
  const { whatwg } = load()
  return whatwg.isSupported(encoding)
    ? { encoding, text: whatwg.decode(bytes, encoding) }
    : { encoding }
}
