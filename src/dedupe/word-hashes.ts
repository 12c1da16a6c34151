import { FNV_OFFSET, FNV_PRIME, fmix32 } from './hash-primitives.js'
import { BYTE_CLASS, encodeForTokenizer, multibyteWordLength } from './normalize-text.js'

/**
 * Streaming word tokenizer and hasher (also the benchmark's "tokenize floor").
 *
 * Walks the UTF-8 bytes of the text once (see `encodeForTokenizer` for why this is
 * the same as walking `normalizeText(text)`), hashing each word with FNV-1a
 * over its bytes and finalizing it with fmix32 and the word's byte length.
 * No `split`, no per-word regex, no per-word allocation: the hashes go into a
 * reusable Uint32Array.
 */

export interface WordHashes {
  /** Scratch buffer, valid until the next call; only the first `count` entries are meaningful. */
  readonly hashes: Uint32Array
  /** Number of words (tokens) of the normalized text. */
  readonly count: number
}

let scratch = new Uint32Array(2048)

/** Finalized hash of one word whose running FNV-1a state is `state`. */
export function finishWordHash(state: number, wordLength: number): number {
  return fmix32(state ^ Math.imul(wordLength, 0x27d4eb2d))
}

/** Normalizes and tokenizes `text`, hashing every word. */
export function hashWords(text: string): WordHashes {
  const { bytes, length } = encodeForTokenizer(text)
  // A word takes at least one byte plus a separator (or the end).
  const bound = (length >>> 1) + 1
  if (scratch.length < bound) scratch = new Uint32Array(Math.max(bound, scratch.length * 2))
  const out = scratch
  const classes = BYTE_CLASS
  let count = 0
  let state = FNV_OFFSET
  let wordLength = 0
  // bytes[length] is a space sentinel, so the last word is flushed inside the loop.
  for (let i = 0; i <= length; i++) {
    const t = classes[bytes[i] as number] as number
    if (t > 1) {
      state = Math.imul(state ^ t, FNV_PRIME)
      wordLength++
      continue
    }
    if (t === 1) {
      const n = multibyteWordLength(bytes, i)
      if (n > 0) {
        for (const end = i + n; i < end; i++)
          state = Math.imul(state ^ (bytes[i] as number), FNV_PRIME)
        i--
        wordLength += n
        continue
      }
      i += -n - 1
    }
    if (wordLength === 0) continue
    out[count++] = finishWordHash(state, wordLength)
    state = FNV_OFFSET
    wordLength = 0
  }
  return { hashes: out, count }
}
