/**
 * Is the output publishable as it is? Runs winnow over the Readability test
 * pages (../shared/corpus/readability-test-pages, absent in CI: the bench says
 * so and exits) plus the samples in input/, and prints one figure per check of
 * issue 14: titles free of the site name, absolute links only, no character
 * references, no long table lines, no glued emphasis or space before
 * punctuation in the samples, ISO 8601 dates and tag arrays.
 * Run: npm run bench:publish [-- --limit N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { CanonicalArticle } from '../../src/canonical/canonical-article.js'
import { readPageHead } from '../../src/extract/page-metadata.js'
import { htmlToHast } from '../../src/parse/html-to-hast.js'
import { runWinnow } from '../../src/pipeline.js'
import { checkPublishable, type PageFacts } from './checks.js'

const root = path.resolve(import.meta.dirname, '../..')
const corpus = path.resolve(root, '../shared/corpus/readability-test-pages/html')
if (!existsSync(corpus)) {
  console.log(`winnow bench publish: ${path.relative(root, corpus)} is absent; nothing to measure`)
  process.exit(0)
}
const limitAt = process.argv.indexOf('--limit')
const limit = limitAt === -1 ? Number.POSITIVE_INFINITY : Number(process.argv[limitAt + 1])
const pages = readdirSync(corpus)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .slice(0, limit)
  .map((name) => path.join(corpus, name))

const result = await runWinnow({
  inputs: [...pages, path.join(root, 'input')],
  cwd: root,
  out: path.join(root, 'bench/.out/publish'),
  jobs: 1,
})

/** What each page says about its site, read from its own head. */
function factsOf(file: string): PageFacts {
  if (!file.endsWith('.html')) return {}
  const head = readPageHead(htmlToHast(readFileSync(path.resolve(root, file), 'utf8')))
  const site = head.meta.get('og:site_name')
  let host: string | undefined
  for (const url of [head.canonical, head.meta.get('og:url')]) {
    if (!url || host) continue
    try {
      host = new URL(url).hostname
    } catch {}
  }
  return { ...(site ? { siteName: site } : {}), ...(host ? { host } : {}) }
}

const outputs = result.articles.map((article: CanonicalArticle) => ({
  article,
  markdown: result.outputs.get(`${article.slug}.md`) ?? '',
  facts: factsOf(article.sources[0]?.path ?? ''),
  sample: article.sources.some((source) => source.path.startsWith('input/')),
}))
const figures = checkPublishable(outputs)
console.log(`${result.articles.length} outputs from ${pages.length} pages and the samples\n`)
console.log('| check | outputs failing | instances | example |')
console.log('|---|---|---|---|')
for (const figure of figures) {
  console.log(
    `| ${figure.name} | ${figure.outputs} | ${figure.instances} | ${figure.example.slice(0, 80).replace(/\|/g, '\\|')} |`,
  )
}
if (figures.some((figure) => figure.instances > 0)) process.exitCode = 1
