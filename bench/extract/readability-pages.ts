import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './corpus.js'

/** Mozilla Readability's test pages (no ground truth: used for the image figure). */
export const readabilityPagesDir = path.resolve(
  repoRoot,
  '../shared/corpus/readability-test-pages/html',
)

export interface PlainPage {
  readonly id: string
  readonly html: string
}

export function readabilityPagesAvailable(): boolean {
  return existsSync(readabilityPagesDir)
}

export function loadReadabilityPages(): PlainPage[] {
  return readdirSync(readabilityPagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.html'.length),
      html: readFileSync(path.join(readabilityPagesDir, name), 'utf8'),
    }))
}
