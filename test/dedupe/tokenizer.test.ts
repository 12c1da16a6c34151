import { describe, expect, it } from 'vitest'
import { FNV_OFFSET, FNV_PRIME } from '../../src/dedupe/hash-primitives.js'
import { fingerprint, normalizeText } from '../../src/dedupe/index.js'
import { finishWordHash, hashWords } from '../../src/dedupe/word-hashes.js'
import { Rng } from './fixtures.js'

/** Reference: split normalizeText on spaces, FNV-1a over each word's UTF-8 bytes. */
function referenceWordHashes(text: string): number[] {
  const normalized = normalizeText(text)
  if (normalized === '') return []
  const encoder = new TextEncoder()
  return normalized.split(' ').map((word) => {
    const bytes = encoder.encode(word)
    let state = FNV_OFFSET
    for (const b of bytes) state = Math.imul(state ^ b, FNV_PRIME)
    return finishWordHash(state, bytes.length) >>> 0
  })
}

const POOL = [
  ...'abcXYZ019 ,.;:!?-_/\'"()[]\t\n',
  ...'éÉüÜßøŒæ', // Latin-1 and extended Latin letters
  'e\u0301', // decomposed accent
  ...'ＡＢ１２', // fullwidth
  ...'ﬁﬂ²½Ⅻ', // compatibility characters
  ...'ΣσςΑ', // Greek, final sigma context
  ...'İıК', // Turkish dotted capital I, Cyrillic
  ...'東京は。、', // CJK with ideographic punctuation
  ...'नमस्ते', // Devanagari with combining marks
  '\u0663', // Arabic-Indic digit
  ...'—–…“”‘’«»•€$', // typographic punctuation and symbols
  '\u00a0', // no-break space
  '\u2003', // em space
  '🎉', // astral symbol
  '𝐁', // astral letter (math bold)
  '\ud800', // lone surrogate
]

function randomText(rng: Rng, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += rng.pick(POOL)
  return s
}

describe('streaming tokenizer', () => {
  it('sees exactly the words of normalizeText on random Unicode input', () => {
    const rng = new Rng(99)
    for (let round = 0; round < 300; round++) {
      const text = randomText(rng, 1 + rng.int(120))
      const { hashes, count } = hashWords(text)
      expect([...hashes.subarray(0, count)], JSON.stringify(text)).toEqual(
        referenceWordHashes(text),
      )
    }
  })

  it('gives a text and its normalized form the same fingerprint', () => {
    const rng = new Rng(5)
    for (let round = 0; round < 100; round++) {
      const text = randomText(rng, 20 + rng.int(200))
      const a = fingerprint(text)
      const b = fingerprint(normalizeText(text))
      expect(b.exact).toBe(a.exact)
      expect(b.tokens).toBe(a.tokens)
      expect([...b.signature]).toEqual([...a.signature])
    }
  })

  it('handles ASCII fast path and Unicode path identically', () => {
    const ascii = 'The quick brown fox jumps over the lazy dog again and again'
    const typographic = '“The quick brown fox” — jumps over the lazy dog… again and again'
    expect(fingerprint(typographic).exact).toBe(fingerprint(ascii).exact)
    expect(hashWords(ascii).count).toBe(12)
  })
})
