/**
 * `npm run bench:run -- --docs 5000`: the whole CLI against its parse floor.
 *
 * Generates scraped-style articles (Markdown and HTML, ads and link lists,
 * ~10% near copies) into a temp folder, then, `--runs` times each, measures
 * the floor (read + micromark/parse5, single-threaded, in this process) and
 * `node bin/winnow.js clean … --jobs N` for each N of `--jobs`. Prints
 * medians: seconds, docs/s, MB/s, peak RSS of the child and the ratio to the
 * floor, and whether the targets are met. Needs `npm run build` first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import fg from 'fast-glob'
import { writeCorpus } from './generate-corpus.js'
import { measureFloor } from './measure-floor.js'
import { type CliRun, runCli } from './run-cli.js'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '1,2' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
const docs = Number(values.docs)
const runs = Number(values.runs)
const jobsList = values.jobs.split(',').map(Number)
const root = path.join(import.meta.dirname, '../..')
if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first')

const corpus = values.dir ?? mkdtempSync(path.join(tmpdir(), `winnow-bench-${docs}-`))
if (!existsSync(path.join(corpus, '000'))) await writeCorpus(corpus, { docs })
const files = (await fg('**/*', { cwd: corpus, absolute: true })).sort()
const html = files.filter((file) => file.endsWith('.html')).length

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const floorRuns: number[] = []
let bytes = 0
for (let run = 0; run < runs; run++) {
  const floor = await measureFloor(files)
  floorRuns.push(floor.seconds)
  bytes = floor.bytes
}
const floor = median(floorRuns)
const results = new Map<number, CliRun[]>()
for (const jobs of jobsList) {
  const list: CliRun[] = []
  for (let run = 0; run < runs; run++) list.push(await runCli({ input: corpus, jobs }))
  results.set(jobs, list)
}

const megabytes = bytes / 1024 / 1024
const row = (label: string, seconds: number, rss: string) =>
  `${label.padEnd(22)}${seconds.toFixed(2).padStart(9)}${(docs / seconds).toFixed(1).padStart(9)}${(megabytes / seconds).toFixed(2).padStart(8)}${rss.padStart(11)}${(seconds / floor).toFixed(2).padStart(9)}`
console.log(
  `winnow bench: ${files.length} docs (${files.length - html} Markdown, ${html} HTML), ${megabytes.toFixed(1)} MB; medians of ${runs} runs; ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
)
console.log(`${''.padEnd(22)}  seconds   docs/s    MB/s   peak RSS  × floor`)
console.log(row('floor (read + parse)', floor, '-'))
for (const [jobs, list] of results) {
  const failed = list.filter((run) => run.exitCode !== 0 && run.exitCode !== 2).length
  const rss = `${(median(list.map((run) => run.maxRssKb)) / 1024).toFixed(0)} MB`
  console.log(
    `${row(`--jobs ${jobs}`, median(list.map((run) => run.seconds)), rss)}${failed ? `  (${failed} runs failed)` : ''}`,
  )
}
const one = results.get(1)
const two = results.get(2)
if (one && two) {
  const speedup = median(one.map((run) => run.seconds)) / median(two.map((run) => run.seconds))
  const ratio = median(two.map((run) => run.seconds)) / floor
  console.log(`speedup --jobs 2 over --jobs 1: ${speedup.toFixed(2)}×`)
  console.log(
    `targets: --jobs 2 ≤ 2× floor: ${ratio <= 2 ? 'met' : 'missed'} (${ratio.toFixed(2)}×); --jobs 2 ≥ 1.7× faster than --jobs 1: ${speedup >= 1.7 ? 'met' : 'missed'} (${speedup.toFixed(2)}×)`,
  )
}
if (!values.keep && values.dir === undefined) rmSync(corpus, { recursive: true, force: true })
else console.log(`corpus kept in ${corpus}`)
