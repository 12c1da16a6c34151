import { describe, expect, it } from 'vitest'
import { estimateSimilarity, fingerprint, normalizeText } from '../../src/dedupe/index.js'
import { EMPTY_SIGNATURE_SLOT } from '../../src/dedupe/one-permutation-hash.js'
import { prose, randomWords, replaceWords, shingleJaccard } from './fixtures.js'

describe('fingerprint', () => {
  const words = randomWords(1, 800)
  const text = prose(words)

  it('has 128 slots, counts tokens and gives a 16-hex-digit exact key', () => {
    const fp = fingerprint(text)
    expect(fp.signature).toBeInstanceOf(Uint32Array)
    expect(fp.signature.length).toBe(128)
    expect(fp.tokens).toBe(800)
    expect(fp.exact).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprint(text, { numPermutations: 64 }).signature.length).toBe(64)
  })

  it('gives identical texts the same exact key and similarity 1', () => {
    const a = fingerprint(text)
    const b = fingerprint(`${text}`)
    expect(b.exact).toBe(a.exact)
    expect([...b.signature]).toEqual([...a.signature])
    expect(estimateSimilarity(a, b)).toBe(1)
  })

  it('ignores differences that normalization removes', () => {
    const shouted = text.toUpperCase().replaceAll(' ', '  ').replaceAll('.', '!')
    expect(fingerprint(shouted).exact).toBe(fingerprint(text).exact)
    expect(fingerprint(normalizeText(text)).exact).toBe(fingerprint(text).exact)
  })

  it('changes the exact key when one word changes, without changing much else', () => {
    const edited = [...words]
    edited[400] = edited[400] === 'kalo' ? 'mine' : 'kalo'
    const a = fingerprint(text)
    const b = fingerprint(prose(edited))
    expect(b.exact).not.toBe(a.exact)
    expect(estimateSimilarity(a, b)).toBeGreaterThan(0.9)
    expect(estimateSimilarity(a, b)).toBeLessThan(1)
  })

  it('estimates the exact 5-shingle Jaccard within 0.1 for copies with 3% of words replaced', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const original = randomWords(100 + seed, 800)
      const copy = replaceWords(original, 0.03, 200 + seed)
      const exact = shingleJaccard(original, copy)
      const estimate = estimateSimilarity(fingerprint(prose(original)), fingerprint(prose(copy)))
      expect(exact).toBeGreaterThan(0.6)
      expect(exact).toBeLessThan(0.95)
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(0.1)
    }
  })

  it('tracks Jaccard across edit rates', () => {
    const original = randomWords(300, 800)
    for (const rate of [0.01, 0.05, 0.1, 0.2]) {
      const copy = replaceWords(original, rate, 301)
      const estimate = estimateSimilarity(fingerprint(prose(original)), fingerprint(prose(copy)))
      expect(Math.abs(estimate - shingleJaccard(original, copy))).toBeLessThanOrEqual(0.1)
    }
  })

  it('scores unrelated texts below 0.1', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const a = fingerprint(prose(randomWords(400 + seed, 800)))
      const b = fingerprint(prose(randomWords(500 + seed, 800)))
      expect(estimateSimilarity(a, b)).toBeLessThan(0.1)
    }
  })

  it('handles short and empty texts', () => {
    const short = fingerprint('Just three words')
    expect(short.tokens).toBe(3)
    expect(short.signature.every((slot) => slot !== EMPTY_SIGNATURE_SLOT)).toBe(true)
    expect(estimateSimilarity(short, fingerprint('just THREE words!'))).toBe(1)
    expect(estimateSimilarity(short, fingerprint('just three birds'))).toBeLessThan(0.1)
    const empty = fingerprint(' ... ')
    expect(empty.tokens).toBe(0)
    expect(empty.signature.every((slot) => slot === EMPTY_SIGNATURE_SLOT)).toBe(true)
    expect(estimateSimilarity(empty, fingerprint(''))).toBe(1)
    expect(estimateSimilarity(empty, short)).toBe(0)
  })

  it('is deterministic across calls and independent of earlier inputs', () => {
    const first = fingerprint(text)
    fingerprint(prose(randomWords(9, 5000)))
    fingerprint('短い テキスト')
    const again = fingerprint(text)
    expect(again.exact).toBe(first.exact)
    expect([...again.signature]).toEqual([...first.signature])
  })

  it('rejects invalid options and mismatched signatures', () => {
    expect(() => fingerprint(text, { shingleSize: 0 })).toThrow(RangeError)
    expect(() => fingerprint(text, { numPermutations: 1.5 })).toThrow(RangeError)
    const a = fingerprint(text)
    const b = fingerprint(`${text} more`, { numPermutations: 64 })
    expect(() => estimateSimilarity(a, b)).toThrow(RangeError)
  })
})
