/**
 * `npm run bench:run -- --docs 5000`: the whole CLI against its parse floor.
 *
 * Generates scraped-style articles (Markdown and HTML, ads and link lists,
 * ~10% near copies) into a temp folder, then, `--runs` times each, measures
 * the floor (read + micromark/parse5, single-threaded, in this process) and
 * `node bin/winnow.js clean … --jobs N` for each N of `--jobs`. Prints
 * medians: seconds, docs/s, MB/s, CPU seconds and peak RSS of the child and
 * the ratio to the floor, and whether the targets are met. The machine's load
 * is printed before and after: on a shared machine, wall-clock figures are
 * only comparable at similar loads (CPU seconds are steadier).
 *
 * `--memory 10000,100000` measures how peak RSS grows with the folder
 * instead: one `--jobs 2` run (the first of `--jobs` above 1) per size, on a
 * corpus generated per size (kept under `--dir` when given, so that a
 * second measurement reuses it), and the ratio of each peak RSS to the
 * first's. Needs `npm run build` first.
 *
 * `--stages` adds each stage's share of a `--jobs 1` run's CPU time, from a
 * V8 CPU profile of one more run (see stage-shares.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import fg from 'fast-glob'
import { median } from '../median.js'
import { writeCorpus } from './generate-corpus.js'
import { measureFloor } from './measure-floor.js'
import { type CliRun, runCli } from './run-cli.js'
import { profileStages } from './stage-shares.js'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '1,2' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    memory: { type: 'string' },
    stages: { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
const jobsList = values.jobs.split(',').map(Number)
const root = path.join(import.meta.dirname, '../..')
if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first')

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** A corpus of `docs` articles in `folder`, generated unless it is there already. */
async function corpusFiles(folder: string, docs: number): Promise<string[]> {
  if (!existsSync(path.join(folder, '000'))) await writeCorpus(folder, { docs })
  return (await fg('**/*', { cwd: folder, absolute: true })).sort()
}

if (values.memory !== undefined) await memoryGrowth(values.memory.split(',').map(Number))
else await againstFloor(Number(values.docs))

async function againstFloor(docs: number): Promise<void> {
  const corpus = values.dir ?? mkdtempSync(path.join(tmpdir(), `winnow-bench-${docs}-`))
  const files = await corpusFiles(corpus, docs)
  const html = files.filter((file) => file.endsWith('.html')).length
  const loadBefore = load()

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
  const row = (label: string, seconds: number, cpu: string, rss: string) =>
    `${label.padEnd(22)}${seconds.toFixed(2).padStart(9)}${(files.length / seconds).toFixed(1).padStart(9)}${(megabytes / seconds).toFixed(2).padStart(8)}${cpu.padStart(9)}${rss.padStart(11)}${(seconds / floor).toFixed(2).padStart(9)}`
  console.log(
    `winnow bench: ${files.length} docs (${files.length - html} Markdown, ${html} HTML), ${megabytes.toFixed(1)} MB; medians of ${runs} runs; ${availableParallelism()} cores; load (1, 5, 15 min) before ${loadBefore}, after ${load()}`,
  )
  console.log(`${''.padEnd(22)}  seconds   docs/s    MB/s  CPU s   peak RSS  × floor`)
  console.log(row('floor (read + parse)', floor, '-', '-'))
  for (const [jobs, list] of results) {
    const failed = list.filter((run) => run.exitCode !== 0 && run.exitCode !== 2).length
    const rss = `${(median(list.map((run) => run.maxRssKb)) / 1024).toFixed(0)} MB`
    const cpu = median(list.map((run) => run.cpuSeconds)).toFixed(1)
    console.log(
      `${row(`--jobs ${jobs}`, median(list.map((run) => run.seconds)), cpu, rss)}${failed ? `  (${failed} runs failed)` : ''}`,
    )
    console.log(
      `${''.padEnd(22)}runs: ${list.map((run) => `${run.seconds.toFixed(2)} s`).join(', ')}`,
    )
  }
  console.log(`${''.padEnd(22)}floor runs: ${floorRuns.map((s) => `${s.toFixed(2)} s`).join(', ')}`)
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
  if (values.stages) {
    console.log('stage shares of a --jobs 1 run (CPU profile, self time by winnow folder):')
    for (const [stage, share] of profileStages(corpus))
      console.log(`${''.padEnd(4)}${stage.padEnd(20)}${(share * 100).toFixed(1).padStart(6)} %`)
  }
  if (!values.keep && values.dir === undefined) rmSync(corpus, { recursive: true, force: true })
  else console.log(`corpus kept in ${corpus}`)
}

async function memoryGrowth(sizes: readonly number[]): Promise<void> {
  const jobs = jobsList.find((value) => value > 1) ?? 2
  const base = values.dir ?? mkdtempSync(path.join(tmpdir(), 'winnow-bench-memory-'))
  console.log(
    `winnow bench, memory: one --jobs ${jobs} run per folder size; ${availableParallelism()} cores; load (1, 5, 15 min) before ${load()}`,
  )
  console.log(`${'docs'.padStart(9)}       MB  seconds   docs/s  CPU s   peak RSS  × first`)
  let first: number | undefined
  for (const docs of sizes) {
    const corpus = path.join(base, `docs-${docs}`)
    mkdirSync(corpus, { recursive: true })
    const files = await corpusFiles(corpus, docs)
    const bytes = await totalBytes(files)
    const run = await runCli({ input: corpus, jobs })
    first ??= run.maxRssKb
    console.log(
      `${String(files.length).padStart(9)}${(bytes / 1024 / 1024).toFixed(0).padStart(9)}${run.seconds.toFixed(1).padStart(9)}${(files.length / run.seconds).toFixed(1).padStart(9)}${run.cpuSeconds.toFixed(1).padStart(7)}${`${(run.maxRssKb / 1024).toFixed(0)} MB`.padStart(11)}${(run.maxRssKb / first).toFixed(2).padStart(9)}${run.exitCode !== 0 && run.exitCode !== 2 ? `  (exit ${run.exitCode})` : ''}`,
    )
  }
  console.log(`load after: ${load()}`)
  if (!values.keep && values.dir === undefined) rmSync(base, { recursive: true, force: true })
  else console.log(`corpora kept in ${base}`)
}

/** Total size of the files, without reading them. */
async function totalBytes(files: readonly string[]): Promise<number> {
  let bytes = 0
  for (const file of files) bytes += (await stat(file)).size
  return bytes
}
