import { normalizeText } from '../../src/dedupe/normalize-text.js'

/**
 * Exact word-shingle Jaccard similarity for every pair of a document set,
 * the reference the quality benchmark compares the MinHash estimates with.
 * Shingles are the `shingleSize`-word windows of `normalizeText` (a text
 * shorter than that is one shingle), compared as strings, so no hashing is
 * involved. Pairs sharing no shingle are never materialized.
 */

export interface PairJaccard {
  /** Look-up for i < j; 0 when the pair shares no shingle. */
  get(i: number, j: number): number
  /** All pairs with at least one shared shingle: [i, j, jaccard] with i < j. */
  readonly overlapping: readonly (readonly [number, number, number])[]
}

export function shingleSet(text: string, shingleSize: number): Set<string> {
  const normalized = normalizeText(text)
  const words = normalized === '' ? [] : normalized.split(' ')
  const set = new Set<string>()
  if (words.length > 0 && words.length < shingleSize) set.add(words.join(' '))
  for (let i = 0; i + shingleSize <= words.length; i++) {
    set.add(words.slice(i, i + shingleSize).join(' '))
  }
  return set
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const s of a) if (b.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

export function pairJaccard(texts: readonly string[], shingleSize: number): PairJaccard {
  const n = texts.length
  const ids = new Map<string, number>()
  const docIds: Int32Array[] = []
  for (const text of texts) {
    const set = shingleSet(text, shingleSize)
    const list = new Int32Array(set.size)
    let k = 0
    for (const s of set) {
      let id = ids.get(s)
      if (id === undefined) {
        id = ids.size
        ids.set(s, id)
      }
      list[k++] = id
    }
    docIds.push(list)
  }
  const postings: number[][] = Array.from({ length: ids.size }, () => [])
  docIds.forEach((list, doc) => {
    for (const id of list) (postings[id] as number[]).push(doc)
  })
  const overlapping: [number, number, number][] = []
  const lookup = new Map<number, number>()
  const shared = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const touched: number[] = []
    for (const id of docIds[i] as Int32Array) {
      for (const j of postings[id] as number[]) {
        if (j <= i) continue
        if (shared[j] === 0) touched.push(j)
        shared[j] = (shared[j] as number) + 1
      }
    }
    touched.sort((x, y) => x - y)
    const sizeI = (docIds[i] as Int32Array).length
    for (const j of touched) {
      const both = shared[j] as number
      const value = both / (sizeI + (docIds[j] as Int32Array).length - both)
      overlapping.push([i, j, value])
      lookup.set(i * n + j, value)
      shared[j] = 0
    }
  }
  return {
    get: (i, j) => lookup.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0,
    overlapping,
  }
}
