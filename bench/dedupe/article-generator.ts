import { splitmix32 } from '../../src/dedupe/hash-primitives.js'
import {
  ADJECTIVES,
  ADVERBS,
  NAMES,
  NOUNS,
  PLACES,
  stockSentences,
  TEMPLATES,
  TIMES,
  TOPICS,
  type Topic,
  VERBS,
} from './article-vocabulary.js'

export { TOPICS } from './article-vocabulary.js'

/**
 * Deterministic synthetic news articles for the dedupe benchmarks: a seeded
 * PRNG, a small built-in vocabulary and sentence templates, no external data.
 *
 * - `article(topic)` writes an independent article (~800 words once rendered): a title, topic
 *   section headings (drawn from a short per-topic list, so articles on the
 *   same topic share a few identical headings), paragraphs of templated
 *   sentences filled with general and topic words, and one or two of the
 *   topic's four stock sentences (official statements that every outlet
 *   quotes verbatim).
 * - `editedCopy(article, rate)` makes a near-duplicate: word swaps, phrase
 *   rewrites, inserted and deleted paragraphs until about `rate` of the words
 *   are affected.
 * - `render(article, site, r)` adds a site's boilerplate lines (breadcrumb,
 *   share line, a "related stories" list of three random headlines,
 *   newsletter and copyright footer) and house style (some sites use curly
 *   quotes and em dashes, which makes the text non-ASCII).
 */

export class Random {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = splitmix32(seed)
  }
  /** Uniform float in [0, 1). */
  float(): number {
    return this.next() / 4294967296
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n)
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }
  chance(p: number): boolean {
    return this.float() < p
  }
}

type Slot = (r: Random, t: Topic) => string
const slots: Record<string, Slot> = {
  N: (r) => r.pick(NOUNS),
  V: (r) => r.pick(VERBS),
  A: (r) => r.pick(ADJECTIVES),
  D: (r) => r.pick(ADVERBS),
  P: (r) => r.pick(PLACES),
  W: (r) => r.pick(NAMES),
  M: (r) => r.pick(TIMES),
  T: (r, t) => r.pick(t.words),
  K: (r) => String(2 + r.int(97)),
}

export interface Article {
  readonly topic: number
  readonly title: string
  /** Each paragraph is a list of tokens (words with attached punctuation); headings start with '#'. */
  readonly paragraphs: readonly (readonly string[])[]
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

interface TemplatePart {
  readonly slot: Slot | undefined
  readonly text: string
  readonly punct: string
}

const PARSED_TEMPLATES: readonly (readonly TemplatePart[])[] = TEMPLATES.map((template) =>
  template.split(' ').map((part) => {
    const punct = part.endsWith('.') || part.endsWith(',') ? part.slice(-1) : ''
    const bare = punct === '' ? part : part.slice(0, -1)
    return { slot: slots[bare], text: bare, punct }
  }),
)

function sentence(r: Random, topic: Topic): string[] {
  const out: string[] = []
  for (const part of r.pick(PARSED_TEMPLATES)) {
    const value = part.slot === undefined ? part.text : part.slot(r, topic)
    const space = value.indexOf(' ')
    if (space === -1) out.push(value + part.punct)
    else out.push(value.slice(0, space), value.slice(space + 1) + part.punct)
  }
  out[0] = capitalize(out[0] as string)
  return out
}

export function paragraph(r: Random, topic: number, sentences = 3 + r.int(4)): string[] {
  const t = TOPICS[topic] as Topic
  const words: string[] = []
  for (let s = 0; s < sentences; s++) for (const w of sentence(r, t)) words.push(w)
  return words
}

export function article(r: Random, topic: number, targetWords = 720): Article {
  const t = TOPICS[topic] as Topic
  const stock = stockSentences(t)
  let quotes = 1 + r.int(2)
  const title = headline(r, topic)
  const paragraphs: string[][] = []
  const headings = [...t.headings]
  let words = 0
  while (words < targetWords) {
    if (paragraphs.length > 0 && paragraphs.length % 3 === 0 && headings.length > 0) {
      const heading = headings.splice(r.int(headings.length), 1)[0] as string
      paragraphs.push(['#', ...heading.split(' ')])
    }
    const p = paragraph(r, topic)
    if (quotes > 0 && r.chance(0.3)) {
      quotes--
      p.push(...(stock.splice(r.int(stock.length), 1)[0] as string).split(' '))
    }
    paragraphs.push(p)
    words += p.length
  }
  return { topic, title, paragraphs }
}

export function wordCount(a: Article): number {
  let n = 0
  for (const p of a.paragraphs) n += p.length
  return n
}

/**
 * A near-duplicate of `a` in which about `rate` of the words are affected:
 * 40% of the budget goes to single-word swaps, 30% to phrase rewrites
 * (a 3-6 word span replaced by a fresh span), 30% to inserting new
 * paragraphs or deleting existing ones.
 */
export function editedCopy(r: Random, a: Article, rate: number): Article {
  const paragraphs = a.paragraphs.map((p) => [...p])
  let budget = Math.round(rate * wordCount(a))
  const bodyIndex = (): number => {
    for (;;) {
      const i = r.int(paragraphs.length)
      if ((paragraphs[i] as string[])[0] !== '#') return i
    }
  }
  while (budget > 0) {
    const op = r.float()
    if (op < 0.3 && budget >= 40) {
      if (r.chance(0.5) && paragraphs.length > 4) {
        const i = bodyIndex()
        const size = (paragraphs[i] as string[]).length
        if (size <= budget * 1.5) {
          paragraphs.splice(i, 1)
          budget -= size
          continue
        }
      }
      const added = paragraph(r, a.topic, 2 + r.int(3))
      paragraphs.splice(r.int(paragraphs.length + 1), 0, added)
      budget -= added.length
    } else if (op < 0.6 && budget >= 3) {
      const p = paragraphs[bodyIndex()] as string[]
      const span = Math.min(budget, 3 + r.int(4), p.length)
      const at = r.int(p.length - span + 1)
      const fresh = sentence(r, TOPICS[a.topic] as Topic).slice(0, span)
      p.splice(at, span, ...fresh)
      budget -= span
    } else {
      const p = paragraphs[bodyIndex()] as string[]
      const at = r.int(p.length)
      p[at] = r.pick(r.chance(0.5) ? NOUNS : ADJECTIVES)
      budget -= 1
    }
  }
  return { topic: a.topic, title: a.title, paragraphs }
}

export const SITES = [
  'Daily Ledger',
  'Metro Wire',
  'The Courier',
  'Northern Post',
  'Valley Times',
  'Coastal Herald',
]

function headline(r: Random, topic: number): string {
  const t = TOPICS[topic] as Topic
  return `${capitalize(r.pick(ADJECTIVES))} ${r.pick(t.words)} ${r.pick(NOUNS)} ${r.pick(VERBS)} in ${r.pick(PLACES)}`
}

/**
 * Plain text of an article as published on `site` (0..SITES.length-1), with
 * that site's boilerplate; `r` draws the "related stories" headlines. Odd
 * sites use typographic punctuation (curly quotes, em dash, breadcrumb
 * arrows), which makes their texts non-ASCII.
 */
export function render(a: Article, site: number, r: Random): string {
  const name = SITES[site % SITES.length] as string
  const curly = site % 2 === 1
  const section = capitalize((TOPICS[a.topic] as Topic).name)
  const lines: string[] = curly
    ? [`Home \u203a News \u203a ${section}`, `\u201c${a.title}\u201d`]
    : [`Home / News / ${section}`, a.title]
  for (const p of a.paragraphs) {
    lines.push(p[0] === '#' ? p.slice(1).join(' ') : p.join(' '))
  }
  lines.push(`Share this story from ${name} on social media`)
  lines.push(`Related stories from ${name}:`)
  for (let i = 0; i < 3; i++) lines.push(`- ${headline(r, r.int(TOPICS.length))}`)
  const dash = curly ? '\u2014' : '-'
  lines.push(`Sign up for the ${name} newsletter ${dash} copyright ${2020 + (site % 5)} ${name}`)
  return lines.join('\n\n')
}
