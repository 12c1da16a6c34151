/**
 * `npm run bench:queue -- --docs 1000 --runs 3`: a distributed run on one
 * machine against a local one, on the same generated corpus, in the same run.
 *
 * Starts a throw-away `redis-server` on a free loopback port (skipped with a
 * message when it is not installed), then, `--runs` times each and
 * alternating: `winnow clean --jobs 2` (local), and `winnow clean --queue`
 * with two `winnow worker` processes of one slot each, started before the
 * coordinator and emptied between runs (FLUSHALL, so no job is reused).
 * Prints medians of seconds, docs/s and CPU seconds, and the queue's overhead
 * (queue seconds ÷ local seconds; target ≤ 1.3×). On a loaded machine the
 * wall-clock figures scatter; CPU seconds are steadier. Worker start-up is not counted:
 * workers are long-lived. Needs `npm run build` first.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
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

/** Clock ticks per second of /proc/PID/stat's CPU times (USER_HZ). */
const TICKS_PER_SECOND = 100

/** CPU seconds (user + system, all threads) a live process has used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}

interface Timed {
  readonly seconds: number
  /** CPU seconds of the process and its threads (needs /usr/bin/time; NaN without). */
  readonly cpu: number
  readonly code: number | null
}

/** Run winnow to its end. */
function timed(args: readonly string[]): Promise<Timed> {
  const started = performance.now()
  const command = existsSync('/usr/bin/time')
    ? ['/usr/bin/time', '-f', 'winnow-bench-cpu %U %S', process.execPath]
    : [process.execPath]
  const [file = process.execPath, ...prefix] = command
  const child = spawn(file, [...prefix, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      const cpu = /winnow-bench-cpu ([\d.]+) ([\d.]+)/.exec(stderr)
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN,
        code,
      })
    }),
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
  const localCpu: number[] = []
  const queuedCpu: number[] = []
  for (let run = 0; run < runs; run++) {
    const common = ['clean', path.join(corpus, 'input'), '--no-cache', '--quiet', '--out']
    const one = await timed([...common, path.join(corpus, `out-local-${run}`), '--jobs', '2'])
    if (one.code !== 0 && one.code !== 2) throw new Error(`local run failed (${one.code})`)
    local.push(one.seconds)
    localCpu.push(one.cpu)

    await client.flushall()
    const workers = await Promise.all([startWorker(redis.url), startWorker(redis.url)])
    // Workers are long-lived: their start-up counts neither in time nor in CPU.
    const workerCpuBefore = workers.map((worker) => cpuSeconds(worker.pid))
    const two = await timed([
      ...common,
      path.join(corpus, `out-queue-${run}`),
      '--queue',
      redis.url,
    ])
    const workerCpu = workers.reduce(
      (sum, worker, index) => sum + cpuSeconds(worker.pid) - (workerCpuBefore[index] ?? 0),
      0,
    )
    await Promise.all(workers.map(stopWorker))
    if (two.code !== 0 && two.code !== 2) throw new Error(`queue run failed (${two.code})`)
    queued.push(two.seconds)
    queuedCpu.push(two.cpu + workerCpu)
    redisBytes = await usedMemory()
  }
  const localSeconds = median(local)
  const queueSeconds = median(queued)
  const overhead = queueSeconds / localSeconds
  console.log(
    `winnow bench queue: ${docs} docs; medians of ${runs} runs; load (1, 5, 15 min) before ${loadBefore}, after ${load()}`,
  )
  console.log(`${''.padEnd(34)}seconds   docs/s    CPU s`)
  const row = (label: string, seconds: number, cpu: number) =>
    `${label.padEnd(32)}${seconds.toFixed(2).padStart(9)}${(docs / seconds).toFixed(1).padStart(9)}${cpu.toFixed(1).padStart(9)}`
  console.log(row('local --jobs 2', localSeconds, median(localCpu)))
  console.log(row('queue: coordinator + 2 workers', queueSeconds, median(queuedCpu)))
  console.log(
    `CPU: queue ÷ local ${(median(queuedCpu) / median(localCpu)).toFixed(2)}× (coordinator, workers and their threads; Redis not counted)`,
  )
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
