/**
 * Text normalization applied before any hashing (the reference definition;
 * `text-bytes.ts` reproduces it on the fly for speed, and the tests check
 * that both agree).
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
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(NON_WORD_RUN, ' ')
    .trim()
}

/** The words of `normalizeText(text)` (empty array for text without words). */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized === '' ? [] : normalized.split(' ')
}
