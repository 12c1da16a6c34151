import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { repoRoot, type Split } from './corpus.js'

/** The modern-pages corpus (2025–26 pages of every type), next to the repository (absent in CI). */
export const modernDir = path.resolve(repoRoot, '../shared/corpus/modern-pages')

export interface ModernPage {
  readonly id: string
  readonly type: string
  readonly url: string
  readonly split: Split
  readonly html: string
  readonly truth: string
  /** Snippets a good extraction keeps. */
  readonly with: readonly string[]
  /** Boilerplate snippets a good extraction drops. */
  readonly without: readonly string[]
}

interface GroundTruth {
  readonly url?: string
  readonly type?: string
  readonly main_content?: string
  readonly with?: readonly string[] | null
  readonly without?: readonly string[] | null
}

/** Share of pages held out: a page is held out when the hash of its id falls in this fifth. */
const HELD_OUT_MODULUS = 5

/**
 * The split of a page, by a stable hash of its id (SHA-256, first four bytes,
 * modulo 5): the held-out fifth does not depend on which pages are present
 * or on their order.
 */
export function splitOf(id: string): Split {
  const digest = createHash('sha256').update(id).digest()
  return digest.readUInt32BE(0) % HELD_OUT_MODULUS === 0 ? 'held-out' : 'dev'
}

export function modernAvailable(): boolean {
  return (
    existsSync(path.join(modernDir, 'ground-truth.json')) &&
    existsSync(path.join(modernDir, 'html'))
  )
}

/** Every modern page with its type and split, in sorted id order; `filter` picks ids to load. */
export function loadModernPages(filter: (id: string) => boolean = () => true): ModernPage[] {
  const truth = JSON.parse(
    readFileSync(path.join(modernDir, 'ground-truth.json'), 'utf8'),
  ) as Record<string, GroundTruth>
  const pages: ModernPage[] = []
  for (const id of Object.keys(truth).sort()) {
    const file = path.join(modernDir, 'html', `${id}.html.gz`)
    if (!filter(id) || !existsSync(file)) continue
    const entry = truth[id] ?? {}
    pages.push({
      id,
      type: entry.type ?? 'unknown',
      url: entry.url ?? '',
      split: splitOf(id),
      html: gunzipSync(readFileSync(file)).toString('utf8'),
      truth: entry.main_content ?? '',
      with: entry.with ?? [],
      without: entry.without ?? [],
    })
  }
  return pages
}
