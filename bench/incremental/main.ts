/**
 * `npm run bench:incremental -- --docs 2000`: what the cache in .winnow-cache
 * saves on a rerun.
 *
 * Generates scraped-style articles (the generator of `bench:run`), then runs
 * `node bin/winnow.js clean` over them in one working folder, `--runs` times
 * each (medians), and prints:
 * - cold: no cache and no output folder;
 * - warm: a rerun with nothing changed;
 * - changed: a rerun after 1% of the files were edited (other files each time);
 * with their ratios to the cold run, the cache hits and misses, and whether
 * the warm output is byte-identical to the cold one. Needs `npm run build`.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import fg from 'fast-glob'
import { median } from '../median.js'
import { writeCorpus } from '../run/generate-corpus.js'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    changed: { type: 'string', default: '0.01' },
    jobs: { type: 'string', default: String(availableParallelism()) },
  },
})
const docs = Number(values.docs)
const runs = Number(values.runs)
const root = path.join(import.meta.dirname, '../..')
if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first')

const work = mkdtempSync(path.join(tmpdir(), `winnow-bench-incremental-${docs}-`))
const input = path.join(work, 'input')
await writeCorpus(input, { docs })
const files = (await fg('**/*', { cwd: input })).sort()
const toChange = Math.max(1, Math.round(files.length * Number(values.changed)))

interface Run {
  readonly seconds: number
  readonly hits: number
  readonly misses: number
}

/** One `winnow clean input --out output` in the working folder, with the cache on. */
async function winnow(): Promise<Run> {
  const args = [path.join(root, 'bin/winnow.js'), 'clean', 'input', '--out', 'output']
  args.push('--jobs', values.jobs, '--reporter', 'json')
  const started = performance.now()
  const { code, stdout, stderr } = await new Promise<{
    code: number | null
    stdout: string
    stderr: string
  }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8')
    })
    child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }))
  })
  const seconds = (performance.now() - started) / 1000
  if (code !== 0 && code !== 2) throw new Error(`winnow exited ${code}: ${stderr}`)
  const summary = JSON.parse(stdout) as { cache?: { hits: number; misses: number } }
  return { seconds, hits: summary.cache?.hits ?? 0, misses: summary.cache?.misses ?? 0 }
}

function outputHash(): string {
  const hash = createHash('sha256')
  const out = path.join(work, 'output')
  for (const name of readdirSync(out).sort()) {
    hash.update(name)
    hash.update(readFileSync(path.join(out, name)))
  }
  return hash.digest('hex')
}

const cold: Run[] = []
const warm: Run[] = []
const changed: Run[] = []
let identical = true
for (let run = 0; run < runs; run++) {
  rmSync(path.join(work, '.winnow-cache'), { recursive: true, force: true })
  rmSync(path.join(work, 'output'), { recursive: true, force: true })
  cold.push(await winnow())
  const coldHash = outputHash()
  warm.push(await winnow())
  identical &&= outputHash() === coldHash
  // Edit a different 1% each run: one more sentence at the end of the file.
  for (let index = 0; index < toChange; index++) {
    const name = files[(run * toChange + index * 97) % files.length] ?? ''
    const file = path.join(input, name)
    const edit = `\n\nEdited on run ${run}: the nightly scrape found one more sentence here.\n`
    writeFileSync(file, readFileSync(file, 'utf8') + edit)
  }
  changed.push(await winnow())
}
rmSync(work, { recursive: true, force: true })

const coldSeconds = median(cold.map((run) => run.seconds))
const row = (label: string, list: readonly Run[]) => {
  const seconds = median(list.map((run) => run.seconds))
  const last = list.at(-1)
  return `${label.padEnd(26)}${seconds.toFixed(2).padStart(9)}${`${((seconds / coldSeconds) * 100).toFixed(1)}%`.padStart(10)}${String(last?.hits ?? 0).padStart(8)}${String(last?.misses ?? 0).padStart(8)}`
}
console.log(
  `winnow bench:incremental: ${files.length} docs, --jobs ${values.jobs}; medians of ${runs} runs; ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(2)}`,
)
console.log(`${''.padEnd(26)}  seconds   of cold    hits  misses`)
console.log(row('cold (no cache)', cold))
console.log(row('warm (nothing changed)', warm))
console.log(row(`changed (${toChange} files, ${values.changed})`, changed))
const ratio = median(warm.map((run) => run.seconds)) / coldSeconds
console.log(
  `warm output byte-identical to cold: ${identical ? 'yes' : 'NO'}; target warm ≤ 5% of cold: ${ratio <= 0.05 ? 'met' : `missed (${(ratio * 100).toFixed(1)}%)`}`,
)
if (!identical) process.exitCode = 1
