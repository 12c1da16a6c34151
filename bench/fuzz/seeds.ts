/**
 * The pages the fuzzer mutates: the samples and the fixtures in the repo,
 * and, when ../shared is there, the real pages of its corpora.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

export interface Seed {
  readonly name: string
  readonly text: string
}

const root = path.join(import.meta.dirname, '../..')

export function loadSeeds(options: {
  readonly corpus: boolean
  readonly maxCorpusPages?: number
}): Seed[] {
  const seeds: Seed[] = []
  for (const folder of ['input', 'fixtures']) walk(path.join(root, folder), seeds)
  if (!options.corpus) return seeds
  const corpus = path.join(root, '../shared/corpus')
  if (!existsSync(corpus)) {
    console.log('fuzz: ../shared/corpus is absent; mutating the repo fixtures only')
    return seeds
  }
  const pages: Seed[] = []
  for (const folder of ['readability-test-pages/html', 'modern-pages/html']) {
    const dir = path.join(corpus, folder)
    if (existsSync(dir)) for (const name of readdirSync(dir).sort()) pages.push(page(dir, name))
  }
  // Every k-th page, so the sample is spread over the corpora and stable.
  const step = Math.max(1, Math.ceil(pages.length / (options.maxCorpusPages ?? 200)))
  return [...seeds, ...pages.filter((_, index) => index % step === 0)]
}

function page(dir: string, name: string): Seed {
  const bytes = readFileSync(path.join(dir, name))
  const text = name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
  return { name: name.replace(/\.gz$/, ''), text }
}

function walk(dir: string, seeds: Seed[]): void {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    if (name === 'expected' || name.startsWith('.')) continue
    if (statSync(file).isDirectory()) walk(file, seeds)
    else if (/\.(?:md|markdown|html?|txt)$/.test(name) && statSync(file).size < 2_000_000)
      seeds.push({ name: `${path.basename(dir)}-${name}`, text: readFileSync(file, 'utf8') })
  }
}
