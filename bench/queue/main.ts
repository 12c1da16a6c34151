/**
 * `npm run bench:queue -- --docs 1000 --runs 3`: a distributed run on one
 * machine against a local one, on the same generated corpus, in the same run.
 *
 * Starts a throw-away `redis-server` on a free loopback port (skipped with a
 * message when it is not installed), then, `--runs` times each and
 * alternating: `winnow clean --jobs 2` (local), and `winnow clean --queue`
 * with two `winnow worker` processes of one slot each, started before the
 * coordinator and emptied between runs (FLUSHALL, so no job is reused).
 * Prints medians of seconds and docs/s, and the queue's overhead (queue
 * seconds ÷ local seconds; target ≤ 1.3×). Worker start-up is not counted:
 * workers are long-lived. Needs `npm run build` first.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Redis } from 'ioredis'
import { median } from '../median.js'
import { writeCorpus } from '../run/generate-corpus.js'
import { hasRedisServer, startRedisServer } from './redis-server.js'

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
})
const docs = Number(values.docs)
const runs = Number(values.runs)
const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
/** The target: a queue run on one machine takes at most this many times a local run. */
const MAX_OVERHEAD = 1.3

if (!existsSync(path.join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` first')
if (!hasRedisServer) {
  console.log(
    'winnow bench queue: redis-server is not installed (apt-get install redis-server): skipped',
  )
  process.exit(0)
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** Run winnow to its end; seconds and exit code. */
function timed(args: readonly string[]): Promise<{ seconds: number; code: number | null }> {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ seconds: (performance.now() - started) / 1000, code })),
  )
}

/** A `winnow worker`, resolved once it takes jobs. */
function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--queue', url, '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('taking jobs')) resolve(child)
    })
    child.on('exit', (code) => reject(new Error(`winnow worker exited with code ${code}`)))
  })
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Redis's `used_memory`, in bytes. */
async function usedMemory(): Promise<number> {
  const info = await client.info('memory')
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN)
}

const corpus = mkdtempSync(path.join(tmpdir(), 'winnow-bench-queue-'))
const redis = await startRedisServer()
const client = new Redis(redis.url)
try {
  await writeCorpus(path.join(corpus, 'input'), { docs, seed: 5 })
  const loadBefore = load()
  await client.flushall()
  const emptyRedis = await usedMemory()
  let redisBytes = emptyRedis
  const local: number[] = []
  const queued: number[] = []
  for (let run = 0; run < runs; run++) {
    const common = ['clean', path.join(corpus, 'input'), '--no-cache', '--quiet', '--out']
    const one = await timed([...common, path.join(corpus, `out-local-${run}`), '--jobs', '2'])
    if (one.code !== 0 && one.code !== 2) throw new Error(`local run failed (${one.code})`)
    local.push(one.seconds)

    await client.flushall()
    const workers = await Promise.all([startWorker(redis.url), startWorker(redis.url)])
    const two = await timed([
      ...common,
      path.join(corpus, `out-queue-${run}`),
      '--queue',
      redis.url,
    ])
    await Promise.all(workers.map(stopWorker))
    if (two.code !== 0 && two.code !== 2) throw new Error(`queue run failed (${two.code})`)
    queued.push(two.seconds)
    redisBytes = await usedMemory()
  }
  const localSeconds = median(local)
  const queueSeconds = median(queued)
  const overhead = queueSeconds / localSeconds
  console.log(
    `winnow bench queue: ${docs} docs; medians of ${runs} runs; load (1, 5, 15 min) before ${loadBefore}, after ${load()}`,
  )
  console.log(`${''.padEnd(34)}seconds   docs/s`)
  const row = (label: string, seconds: number) =>
    `${label.padEnd(32)}${seconds.toFixed(2).padStart(9)}${(docs / seconds).toFixed(1).padStart(9)}`
  console.log(row('local --jobs 2', localSeconds))
  console.log(row('queue: coordinator + 2 workers', queueSeconds))
  console.log(
    `runs: local ${local.map((s) => s.toFixed(2)).join(', ')}; queue ${queued.map((s) => s.toFixed(2)).join(', ')}`,
  )
  console.log(
    `Redis after a queue run (${docs} finished jobs kept, events stream included): ${((redisBytes - emptyRedis) / 1024 / 1024).toFixed(1)} MB, ${((redisBytes - emptyRedis) / docs / 1024).toFixed(1)} KB per input`,
  )
  console.log(
    `target: queue ≤ ${MAX_OVERHEAD}× local: ${overhead <= MAX_OVERHEAD ? 'met' : 'missed'} (${overhead.toFixed(2)}×)`,
  )
} finally {
  client.disconnect()
  await redis.stop()
  rmSync(corpus, { recursive: true, force: true })
}
