import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/dedupe/index.js'

describe('normalizeText', () => {
  it('applies NFKC: fullwidth letters and digits, ligatures, superscripts', () => {
    expect(normalizeText('ＷＩＮＮＯＷ １２３')).toBe('winnow 123')
    expect(normalizeText('ﬁnd the ﬂow')).toBe('find the flow')
    expect(normalizeText('x² and Ⅻ')).toBe('x2 and xii')
  })

  it('composes decomposed accents so both spellings agree', () => {
    expect(normalizeText('cafe\u0301')).toBe(normalizeText('café'))
    expect(normalizeText('cafe\u0301')).toBe('café')
  })

  it('lower-cases any script', () => {
    expect(normalizeText('Hello WORLD')).toBe('hello world')
    expect(normalizeText('ÉCOLE Ärger ΣΟΦΙΑ МОСКВА')).toBe('école ärger σοφια москва')
  })

  it('turns punctuation and symbols into single separators', () => {
    expect(normalizeText('Hello, world! (Really?) — yes…')).toBe('hello world really yes')
    expect(normalizeText('don’t stop: a/b_c-d')).toBe('don t stop a b c d')
    expect(normalizeText('price: $5 + €3 = 8 🎉 ★')).toBe('price 5 3 8')
    expect(normalizeText('«quoted» „text“')).toBe('quoted text')
  })

  it('collapses whitespace of every kind and trims', () => {
    expect(normalizeText('  a \t\n b\u00a0\u2003c\r\n  ')).toBe('a b c')
    expect(normalizeText('')).toBe('')
    expect(normalizeText(' ... !!! ')).toBe('')
  })

  it('keeps letters, marks and digits of non-Latin scripts', () => {
    expect(normalizeText('東京は、今日も晴れ。')).toBe('東京は 今日も晴れ')
    expect(normalizeText('नमस्ते दुनिया!')).toBe('नमस्ते दुनिया')
    expect(normalizeText('مرحبا بالعالم ٣٤')).toBe('مرحبا بالعالم ٣٤')
    expect(normalizeText('สวัสดีครับ')).toBe('สวัสดีครับ')
    expect(normalizeText('𝐁𝐨𝐥𝐝 text')).toBe('bold text')
  })

  it('is idempotent', () => {
    const samples = [
      'ＡＢＣ, ﬁne — Ünïcödé!',
      'नमस्ते दुनिया',
      'x² ½ ㎏',
      'İstanbul ΣΑΣ',
      'İ\u094d',
      'J\u030c',
    ]
    for (const s of samples) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s))
  })
})
