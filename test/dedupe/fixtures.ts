import { splitmix32 } from '../../src/dedupe/hash-primitives.js'

/** Deterministic text fixtures for the dedupe tests (seeded, no external data). */

export class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = splitmix32(seed)
  }
  int(n: number): number {
    return Math.floor((this.next() / 4294967296) * n)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      const swap = out[i] as T
      out[i] = out[j] as T
      out[j] = swap
    }
    return out
  }
}

const SYLLABLES =
  'ka lo mi ne ru sa ti vo be da fe gi ho ju ly mo pa qu re so tu ve wi xa yo ze'.split(' ')

/** 3000 distinct lower-case pseudo-words. */
export const VOCABULARY: readonly string[] = (() => {
  const rng = new Rng(7)
  const words = new Set<string>()
  while (words.size < 3000) {
    let w = ''
    const syllables = 1 + rng.int(4)
    for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES)
    words.add(w)
  }
  return [...words]
})()

/** `count` random words from the vocabulary, with sentence punctuation and capitals. */
export function randomWords(seed: number, count: number, vocabulary = VOCABULARY): string[] {
  const rng = new Rng(seed)
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(rng.pick(vocabulary))
  return out
}

/** Joins words into prose: capitalized sentences of 12 words, paragraphs of 5 sentences. */
export function prose(words: readonly string[]): string {
  let text = ''
  words.forEach((w, i) => {
    const word = i % 12 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w
    text += word
    if (i % 60 === 59) text += '.\n\n'
    else if (i % 12 === 11) text += '. '
    else text += i % 7 === 3 ? ', ' : ' '
  })
  return text
}

/** Replaces `fraction` of the words (distinct random positions) with other vocabulary words. */
export function replaceWords(words: readonly string[], fraction: number, seed: number): string[] {
  const rng = new Rng(seed)
  const out = [...words]
  const positions = rng.shuffle(out.map((_, i) => i)).slice(0, Math.round(fraction * out.length))
  for (const p of positions) {
    let w = rng.pick(VOCABULARY)
    while (w === out[p]) w = rng.pick(VOCABULARY)
    out[p] = w
  }
  return out
}

/** Exact Jaccard of the k-word shingle sets of two word lists. */
export function shingleJaccard(a: readonly string[], b: readonly string[], k = 5): number {
  const shingles = (words: readonly string[]): Set<string> => {
    const set = new Set<string>()
    for (let i = 0; i + k <= words.length; i++) set.add(words.slice(i, i + k).join(' '))
    return set
  }
  const sa = shingles(a)
  const sb = shingles(b)
  let shared = 0
  for (const s of sa) if (sb.has(s)) shared++
  return shared / (sa.size + sb.size - shared)
}
