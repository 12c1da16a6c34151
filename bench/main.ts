/**
 * `npm run bench`: every benchmark of winnow, one after the other, each in
 * its own process, with the sizes used for the README's figures. Name suites
 * to run only those: `npm run bench -- incremental run`.
 *
 * Every suite prints its own figures with a baseline measured in the same run
 * (the parse floor, exact Jaccard, the cold run, ...). Suites that need
 * ../shared (the extraction benchmark) say so and are skipped when it is
 * absent. Needs `npm run build` first (the CLI suites run bin/winnow.js).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

interface Suite {
  readonly name: string
  readonly script: string
  readonly args: readonly string[]
  readonly what: string
}

const suites: readonly Suite[] = [
  {
    name: 'clean',
    script: 'clean/snippets.ts',
    args: [],
    what: 'labelled snippets: precision and recall of the cleaning rules',
  },
  {
    name: 'dedupe-quality',
    script: 'dedupe/quality.ts',
    args: [],
    what: 'near-duplicate pairs against exact Jaccard and ground truth',
  },
  {
    name: 'dedupe',
    script: 'dedupe/scale.ts',
    args: ['--docs', '10000'],
    what: 'fingerprinting and grouping speed against the hashing floor',
  },
  {
    name: 'extract',
    script: 'extract/run.ts',
    args: [],
    what: 'main-content extraction beside Readability: the 181-page benchmark, modern-pages, images (needs ../shared)',
  },
  {
    name: 'linear',
    script: 'linear/shapes.ts',
    args: ['--size', '400000'],
    what: 'pathological Markdown and HTML shapes at N, 2N and 4N: every doubling about 2x',
  },
  {
    name: 'extract-md',
    script: 'extract/markdown-scrapes.ts',
    args: [],
    what: 'whole-page Markdown scrapes of modern-pages, four envelopes, two converters (needs ../shared)',
  },
  {
    name: 'publish',
    script: 'publish/run.ts',
    args: [],
    what: 'publishable output on the Readability test pages and the samples (needs ../shared)',
  },
  {
    name: 'run',
    script: 'run/main.ts',
    args: ['--docs', '1000'],
    what: 'the whole CLI at --jobs 1 and 2 against the parse floor',
  },
  {
    name: 'incremental',
    script: 'incremental/main.ts',
    args: ['--docs', '2000'],
    what: 'cold run, warm rerun and 1% changed, with the cache',
  },
  {
    name: 'review',
    script: 'review/open.ts',
    args: ['--groups', '1000'],
    what: 'the review page of 1,000 groups in headless Chromium: time to the index, size',
  },
  {
    name: 'queue',
    script: 'queue/main.ts',
    args: ['--docs', '1000'],
    what: 'coordinator + 2 queue workers against local --jobs 2 (needs redis-server)',
  },
]

const root = path.join(import.meta.dirname, '..')
if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
  console.error('winnow bench: run `npm run build` first')
  process.exit(1)
}
const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name))
if (unknown.length > 0) {
  console.error(
    `winnow bench: unknown suite ${unknown.join(', ')}; suites: ${suites.map((suite) => suite.name).join(', ')}`,
  )
  process.exit(64)
}
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')
const results: string[] = []
for (const suite of suites) {
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue
  console.log(`\n== ${suite.name}: ${suite.what}`)
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [tsx, path.join(import.meta.dirname, suite.script), ...suite.args],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  results.push(
    `${suite.name.padEnd(16)}${run.status === 0 ? 'ok' : `exit ${run.status}`} (${seconds} s)`,
  )
  if (run.status !== 0) process.exitCode = 1
}
console.log(`\n== summary\n${results.join('\n')}`)
