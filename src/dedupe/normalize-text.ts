/**
 * Text normalization applied before any hashing (the reference definition;
 * `encodeForTokenizer` below reproduces it on the fly for speed, and the
 * tests check that both agree).
 *
 * Steps, in order:
 * 1. Unicode NFKC (fullwidth letters become ASCII, ligatures such as "ﬁ" are
 *    expanded, compatibility digits are folded).
 * 2. Lower case (locale independent `toLowerCase`), then NFKC once more:
 *    lower-casing can leave text that is not NFKC (U+0130 "İ" becomes "i" +
 *    U+0307, whose combining mark may then need canonical reordering; "J" +
 *    caron lower-cases to a sequence that composes to "ǰ"), and the second
 *    pass makes normalizeText idempotent.
 * 3. Every run of characters that is not a letter (`\p{L}`), a combining mark
 *    (`\p{M}`, part of the word in Indic, Thai, ... scripts) or a number
 *    (`\p{N}`) becomes one space. So punctuation and symbols act as word
 *    separators ("don't" -> "don t", "A—B" -> "a b").
 * 4. Leading/trailing spaces are trimmed.
 *
 * The result contains only word characters separated by exactly one ASCII
 * space.
 */

const NON_WORD_RUN = /[^\p{L}\p{M}\p{N}]+/gu

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(NON_WORD_RUN, ' ').trim()
}

/**
 * The fast path: turns raw text into the UTF-8 byte stream that the tokenizers walk, doing
 * the work of `normalizeText` on the fly instead of building a new string:
 *
 * - Pure ASCII text (detected for free: UTF-8 length === UTF-16 length) is
 *   already NFKC-normal; the walkers lower-case it and treat every
 *   non-alphanumeric byte as a separator through `BYTE_CLASS`.
 * - Any other text is first passed through NFKC, `toLowerCase()` and NFKC
 *   again exactly like `normalizeText`, then encoded; the walkers
 *   decode each multi-byte sequence and keep it only when the code point is a
 *   letter, mark or number (`isWordCodePoint`), matching the `\p{L}\p{M}\p{N}`
 *   class of `normalizeText`.
 *
 * So the words seen by the walkers are exactly the space-separated words of
 * `normalizeText(text)` (a property the tests check on random Unicode input),
 * without the cost of a Unicode-aware regular expression over every text.
 */

/**
 * Byte class table for the walkers: [A-Za-z0-9] -> the lower-cased byte
 * (always > 1), other ASCII -> 0 (separator), bytes >= 0x80 -> 1 (start of a
 * multi-byte sequence, classified by `multibyteWordLength`).
 */
export const BYTE_CLASS = new Uint8Array(256)
for (let c = 48; c <= 57; c++) BYTE_CLASS[c] = c
for (let c = 97; c <= 122; c++) BYTE_CLASS[c] = c
for (let c = 65; c <= 90; c++) BYTE_CLASS[c] = c + 32
BYTE_CLASS.fill(1, 0x80)

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
let bmpWordTable: Uint8Array | undefined
const astralWordCache = new Map<number, boolean>()

function buildBmpWordTable(): Uint8Array {
  const table = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  }
  return table
}

/** Whether a code point is a letter, combining mark or number (any script). */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    bmpWordTable ??= buildBmpWordTable()
    return bmpWordTable[codePoint] === 1
  }
  let known = astralWordCache.get(codePoint)
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint))
    astralWordCache.set(codePoint, known)
  }
  return known
}

/**
 * Length in bytes of the UTF-8 sequence starting at `i` (lead byte >= 0x80),
 * negated when its code point is not a word character. `encodeInto` only
 * writes well-formed UTF-8 (lone surrogates become U+FFFD, a symbol), so no
 * validation is needed.
 */
export function multibyteWordLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number
  let codePoint: number
  let length: number
  if (b0 >= 0xf0) {
    length = 4
    codePoint =
      ((b0 & 0x07) << 18) |
      (((bytes[i + 1] as number) & 0x3f) << 12) |
      (((bytes[i + 2] as number) & 0x3f) << 6) |
      ((bytes[i + 3] as number) & 0x3f)
  } else if (b0 >= 0xe0) {
    length = 3
    codePoint =
      ((b0 & 0x0f) << 12) |
      (((bytes[i + 1] as number) & 0x3f) << 6) |
      ((bytes[i + 2] as number) & 0x3f)
  } else {
    length = 2
    codePoint = ((b0 & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f)
  }
  return isWordCodePoint(codePoint) ? length : -length
}

export interface TextBytes {
  /** Scratch buffer, valid until the next call. `bytes[length]` is a space (32) sentinel. */
  readonly bytes: Uint8Array
  /** Number of UTF-8 bytes of the (prepared) text. */
  readonly length: number
}

const encoder = new TextEncoder()
let buffer = new Uint8Array(1 << 15)

function encode(text: string): number {
  const needed = text.length * 3 + 1
  if (buffer.length < needed) buffer = new Uint8Array(Math.max(needed, buffer.length * 2))
  const written = encoder.encodeInto(text, buffer).written
  buffer[written] = 32
  return written
}

export function encodeForTokenizer(text: string): TextBytes {
  let length = encode(text)
  if (length !== text.length)
    length = encode(text.normalize('NFKC').toLowerCase().normalize('NFKC'))
  return { bytes: buffer, length }
}
