import { describe, expect, it } from 'vitest'
import {
  DEFAULT_THRESHOLD,
  type Fingerprint,
  fingerprint,
  groupFingerprints,
} from '../../src/dedupe/index.js'
import { prose, Rng, randomWords, replaceWords, VOCABULARY } from './fixtures.js'

const HEADINGS = ['Service changes ahead', 'What commuters say', 'The cost of the line']
const SHARED_SENTENCES = [
  'The transit authority did not respond to a request for comment on the plan.',
  'A spokesperson said the review would be published later this year.',
]
const TOPIC_VOCABULARY = VOCABULARY.slice(0, 400)

/** An independent article on the shared topic: own sentences, shared headings and quotes. */
function topicArticle(seed: number): string {
  const body = prose(randomWords(seed, 780, TOPIC_VOCABULARY))
  const paragraphs = body.split('\n\n')
  const parts: string[] = []
  paragraphs.forEach((p, i) => {
    if (i < HEADINGS.length) parts.push(HEADINGS[i] as string)
    parts.push(p)
    if (i < SHARED_SENTENCES.length) parts.push(SHARED_SENTENCES[i] as string)
  })
  return parts.join('\n\n')
}

function copyOf(text: string, fraction: number, seed: number, site: string): string {
  const words = text.split(' ')
  return `${site} | Home\n\n${replaceWords(words, fraction, seed).join(' ')}\n\nCopyright ${site}`
}

/** 3 families (original + 3 edited copies), 6 independent same-topic articles, 2 unrelated. */
function corpus(): { texts: string[]; expected: number[][] } {
  const texts: string[] = []
  const expected: number[][] = []
  for (let f = 0; f < 3; f++) {
    const original = topicArticle(10 + f)
    const members = [texts.length]
    texts.push(original)
    ;[0.0, 0.03, 0.08].forEach((rate, c) => {
      members.push(texts.length)
      texts.push(copyOf(original, rate, 100 * f + c, `Site ${c}`))
    })
    expected.push(members)
  }
  for (let i = 0; i < 6; i++) {
    expected.push([texts.length])
    texts.push(topicArticle(50 + i))
  }
  for (let i = 0; i < 2; i++) {
    expected.push([texts.length])
    texts.push(prose(randomWords(70 + i, 600)))
  }
  return { texts, expected }
}

function canonical(groups: number[][]): number[][] {
  return groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
}

describe('groupFingerprints', () => {
  const { texts, expected } = corpus()
  const fps = texts.map((t) => fingerprint(t))

  it('groups copies together and keeps same-topic articles and singletons apart', () => {
    const groups = groupFingerprints(fps, { threshold: DEFAULT_THRESHOLD })
    expect(groups).toEqual(canonical(expected))
    expect(groups.filter((g) => g.length === 1).length).toBe(8)
  })

  it('covers every index exactly once, groups ascending and ordered by first index', () => {
    const groups = groupFingerprints(fps, { threshold: 0.5 })
    const seen = groups.flat()
    expect([...seen].sort((a, b) => a - b)).toEqual(fps.map((_, i) => i))
    for (const g of groups) expect(g).toEqual([...g].sort((a, b) => a - b))
    expect(groups.map((g) => g[0])).toEqual(
      [...groups.map((g) => g[0] as number)].sort((a, b) => a - b),
    )
  })

  it('returns the same grouping for shuffled input', () => {
    const reference = groupFingerprints(fps, { threshold: DEFAULT_THRESHOLD })
    const rng = new Rng(3)
    for (let round = 0; round < 5; round++) {
      const order = rng.shuffle(fps.map((_, i) => i))
      const groups = groupFingerprints(
        order.map((i) => fps[i] as Fingerprint),
        { threshold: DEFAULT_THRESHOLD },
      )
      const mapped = groups.map((g) => g.map((position) => order[position] as number))
      expect(canonical(mapped)).toEqual(reference)
    }
  })

  it('splits copies when the threshold is above their similarity', () => {
    const groups = groupFingerprints(fps, { threshold: 0.99 })
    // Only the unedited copy (rate 0, different boilerplate) is left out too.
    expect(groups.length).toBeGreaterThan(expected.length)
  })

  it('joins identical exact keys without LSH, whatever the signatures say', () => {
    const signature = (seed: number): Uint32Array => {
      const rng = new Rng(seed)
      return Uint32Array.from({ length: 128 }, () => rng.int(2 ** 32))
    }
    const manual: Fingerprint[] = [
      { exact: 'aaaa', signature: signature(1), tokens: 10 },
      { exact: 'bbbb', signature: signature(2), tokens: 10 },
      { exact: 'aaaa', signature: signature(3), tokens: 10 },
    ]
    expect(groupFingerprints(manual, { threshold: 0.5 })).toEqual([[0, 2], [1]])
  })

  it('handles huge buckets of identical signatures', () => {
    const shared = fps[0] as Fingerprint
    const many: Fingerprint[] = Array.from({ length: 500 }, (_, i) => ({
      exact: `copy-${i}`,
      signature: shared.signature,
      tokens: shared.tokens,
    }))
    expect(groupFingerprints(many, { threshold: 0.9 })).toEqual([many.map((_, i) => i)])
  })

  it('accepts explicit banding, handles empty input and validates options', () => {
    const groups = groupFingerprints(fps, { threshold: DEFAULT_THRESHOLD, bands: 32, rows: 4 })
    expect(groups).toEqual(canonical(expected))
    expect(groupFingerprints([], { threshold: 0.5 })).toEqual([])
    expect(groupFingerprints([fps[0] as Fingerprint], { threshold: 0.5 })).toEqual([[0]])
    expect(() => groupFingerprints(fps, { threshold: 0 })).toThrow(RangeError)
    expect(() => groupFingerprints(fps, { threshold: 0.5, bands: 64, rows: 4 })).toThrow(RangeError)
    const short = fingerprint('other text', { numPermutations: 64 })
    expect(() => groupFingerprints([fps[0] as Fingerprint, short], { threshold: 0.5 })).toThrow(
      RangeError,
    )
  })
})
