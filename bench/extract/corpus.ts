import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The repository root (bench/extract/ is two levels down). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The shared benchmark checkout, next to the repository (absent in CI). */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/article-extraction-benchmark')
export const scorerPath = path.resolve(repoRoot, '../shared/tools/score-extraction.mjs')
export const outDir = path.resolve(repoRoot, 'bench/.out')

export type Split = 'dev' | 'held-out'

export interface BenchPage {
  readonly id: string
  /** Position in the sorted id list; every fifth page (index % 5 == 0) is held out. */
  readonly index: number
  readonly split: Split
  readonly html: string
  readonly truth: string
}

export interface ScoreMetrics {
  readonly f1: number
  readonly precision: number
  readonly recall: number
  readonly accuracy: number
  readonly f1_std: number
  readonly precision_std: number
  readonly recall_std: number
  readonly pages: number
  readonly emptyPredictions: number
}

export interface PageScore {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly precision: number | null
  readonly recall: number | null
}

/** The part of the shared scorer (a JS port of the benchmark's evaluate.py) used here. */
export interface Scorer {
  evaluate(
    groundTruth: Record<string, string>,
    predictions: Record<string, string>,
    options?: { nBootstrap?: number; seed?: number },
  ): { metrics: ScoreMetrics; perPage: Record<string, PageScore> }
}

export function corpusAvailable(): boolean {
  return (
    existsSync(path.join(corpusDir, 'ground-truth.json')) &&
    existsSync(path.join(corpusDir, 'html')) &&
    existsSync(scorerPath)
  )
}

/** Every benchmark page with its split, in sorted id order. */
export function loadPages(): BenchPage[] {
  const truth = JSON.parse(
    readFileSync(path.join(corpusDir, 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody?: string }>
  const ids = Object.keys(truth).sort()
  return ids.map((id, index) => ({
    id,
    index,
    split: index % 5 === 0 ? 'held-out' : 'dev',
    html: readFileSync(path.join(corpusDir, 'html', `${id}.html`), 'utf8'),
    truth: truth[id]?.articleBody ?? '',
  }))
}

export async function loadScorer(): Promise<Scorer> {
  return (await import(pathToFileURL(scorerPath).href)) as Scorer
}
