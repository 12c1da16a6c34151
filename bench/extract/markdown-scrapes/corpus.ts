import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { repoRoot } from '../corpus.js'
import { isHeldOut } from './held-out.js'

/** The shared corpora, next to the repository (absent in CI): read by this relative path. */
export const modernDir = path.resolve(repoRoot, '../shared/corpus/modern-pages')
export const readabilityDir = path.resolve(repoRoot, '../shared/corpus/readability-test-pages')

export interface ModernPage {
  readonly id: string
  readonly split: 'dev' | 'held-out'
  readonly url: string
  readonly title: string
  readonly truth: string
  readonly with: readonly string[]
  readonly without: readonly string[]
  readonly html: () => string
}

interface TruthEntry {
  url: string
  title: string
  main_content: string
  with?: string[]
  without?: string[]
}

export function modernAvailable(): boolean {
  return existsSync(path.join(modernDir, 'ground-truth.json'))
}

export function loadModernPages(): ModernPage[] {
  const truth = JSON.parse(
    readFileSync(path.join(modernDir, 'ground-truth.json'), 'utf8'),
  ) as Record<string, TruthEntry>
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id] as TruthEntry
      return {
        id,
        split: isHeldOut(id) ? 'held-out' : 'dev',
        url: entry.url,
        title: entry.title,
        truth: entry.main_content,
        with: entry.with ?? [],
        without: entry.without ?? [],
        html: () =>
          gunzipSync(readFileSync(path.join(modernDir, 'html', `${id}.html.gz`))).toString('utf8'),
      }
    })
}

/** Readability's test pages: no ground truth, used for envelopes and the mixed run. */
export function loadReadabilityPages(): { id: string; html: () => string }[] {
  const dir = path.join(readabilityDir, 'html')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.html$/, ''),
      html: () => readFileSync(path.join(dir, name), 'utf8'),
    }))
}
