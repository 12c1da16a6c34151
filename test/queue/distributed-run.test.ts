import { type ChildProcess, spawn } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  hasRedisServer,
  type RedisServer,
  startRedisServer,
} from '../../bench/queue/redis-server.js'
import { writeCorpus } from '../../bench/run/generate-corpus.js'
import { QUEUE_NAME } from '../../src/queue/queue-connection.js'
import { MAX_STALLED_COUNT } from '../../src/queue/queue-limits.js'

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
/** Short locks, so a killed worker's jobs move on within seconds. */
const LOCK_MS = '1500'
const PASSWORD = 'winnow-test-secret'
const key = (name: string) => `bull:${QUEUE_NAME}:${name}`

if (!hasRedisServer) {
  if (process.env.CI)
    throw new Error(
      'redis-server is missing: .ci/run installs it (apt-get install -y redis-server)',
    )
  console.warn('test/queue: redis-server is not installed; the distributed-run tests are skipped')
}

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

function start(args: readonly string[], cwd: string): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const exit = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  )
  return { child, exit }
}

function winnow(args: readonly string[], cwd: string) {
  return start([bin, ...args], cwd)
}

/** Every file under `folder`, by relative path, with its bytes. */
function tree(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(folder, file), readFileSync(file))
  }
  return files
}

describe.skipIf(!hasRedisServer)('a distributed run (coordinator + two queue workers)', () => {
  let redis: RedisServer
  let client: Redis
  let cwd = ''
  const url = () => redis.url

  beforeAll(async () => {
    redis = await startRedisServer({ password: PASSWORD })
    client = new Redis(redis.url)
    cwd = mkdtempSync(path.join(tmpdir(), 'winnow-queue-'))
    // A few hundred scraped-style articles (~10% near copies) and every e2e fixture.
    await writeCorpus(path.join(cwd, 'input', 'corpus'), { docs: 200, seed: 17 })
    for (const fixture of readdirSync(path.join(root, 'fixtures/e2e')))
      cpSync(path.join(root, 'fixtures/e2e', fixture, 'input'), path.join(cwd, 'input', fixture), {
        recursive: true,
      })
  }, 60_000)

  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
    if (cwd) rmSync(cwd, { recursive: true, force: true })
  })

  it('survives a worker killed and connections dropped mid-run, and writes what a local --jobs 2 run writes, each input done once', async () => {
    const local = await winnow(
      ['clean', 'input', '--out', 'out-local', '--jobs', '2', '--no-cache', '--quiet'],
      cwd,
    ).exit
    expect(local.code, local.stderr).toBe(2)

    const workerArgs = ['worker', '--queue', url(), '--lock-duration', LOCK_MS, '--quiet']
    const doomed = winnow(workerArgs, cwd)
    const survivor = winnow(workerArgs, cwd)
    const coordinator = winnow(
      [
        'clean',
        'input',
        '--out',
        'out-queue',
        '--queue',
        url(),
        '--no-cache',
        '--reporter',
        'json',
      ],
      cwd,
    )
    // Kill one worker with SIGKILL once a quarter of the inputs are done.
    let killedAt = -1
    while (killedAt < 0) {
      const completed = await client.zcard(key('completed'))
      if (completed >= 60) {
        doomed.child.kill('SIGKILL')
        killedAt = completed
      } else await new Promise((resolve) => setTimeout(resolve, 50))
    }
    // Then drop every connection to Redis once (the coordinator's and the
    // survivor's): they reconnect and the run goes on.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const dropped = Number(await client.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes'))
    expect(dropped).toBeGreaterThan(0)
    const run = await coordinator.exit
    expect(run.code, run.stderr).toBe(2)
    expect((await doomed.exit).signal).toBe('SIGKILL')

    // The same bytes, report.json included.
    const expected = tree(path.join(cwd, 'out-local'))
    const actual = tree(path.join(cwd, 'out-queue'))
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true)
    expect(JSON.parse(run.stdout).inputs).toBeGreaterThan(200)

    // Each input completed exactly once: one job per input, one `completed` event per job.
    const report = JSON.parse(readFileSync(path.join(cwd, 'out-queue', 'report.json'), 'utf8')) as {
      inputs: { path: string }[]
    }
    const completed = await client.zrange(key('completed'), 0, -1)
    expect(completed.length).toBe(report.inputs.length)
    expect(killedAt).toBeLessThan(completed.length)
    const paths = await Promise.all(
      completed.map(
        async (id) =>
          (JSON.parse((await client.hget(key(id), 'data')) ?? '{}') as { path: string }).path,
      ),
    )
    expect(paths.sort()).toEqual(report.inputs.map((input) => input.path).sort())
    const events = await client.xrange(key('events'), '-', '+')
    const completions = new Map<string, number>()
    for (const [, fields] of events) {
      const field = (name: string) => fields[fields.indexOf(name) + 1]
      if (field('event') === 'completed') {
        const id = field('jobId') ?? ''
        completions.set(id, (completions.get(id) ?? 0) + 1)
      }
    }
    expect(completions.size).toBe(completed.length)
    expect([...completions.values()].every((count) => count === 1)).toBe(true)
    expect(await client.zcard(key('failed'))).toBe(0)

    // A resubmitted run, with no worker left, finishes from the finished jobs alone.
    survivor.child.kill('SIGTERM')
    expect((await survivor.exit).code).toBe(0)
    // Finished jobs keep their outcomes, not their inputs' bytes (the killed
    // worker may have died between finishing a job and dropping them).
    const kept = await Promise.all(
      completed.map(
        async (id) =>
          (JSON.parse((await client.hget(key(id), 'data')) ?? '{}') as { bytes?: string }).bytes,
      ),
    )
    expect(kept.filter((bytes) => bytes !== '').length).toBeLessThanOrEqual(1)
    const again = await winnow(
      ['clean', 'input', '--out', 'out-again', '--queue', url(), '--no-cache', '--quiet'],
      cwd,
    ).exit
    expect(again.code, again.stderr).toBe(2)
    const rerun = tree(path.join(cwd, 'out-again'))
    for (const [name, bytes] of expected) expect(rerun.get(name)?.equals(bytes), name).toBe(true)
  }, 300_000)

  it('gives up an input that crashes every worker: one error entry, the others written', async () => {
    const folder = path.join(cwd, 'crash-input')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      path.join(folder, 'first.md'),
      '# Tides\n\nThe moon pulls the oceans twice a day, and harbours plan their traffic around it.\n',
    )
    writeFileSync(
      path.join(folder, 'second.md'),
      '# Bread\n\nA sourdough starter needs flour, water and a warm kitchen for about a week.\n',
    )
    writeFileSync(
      path.join(folder, 'poison.md'),
      '# Poison\n\nThis input kills the worker that takes it.\n',
    )
    const coordinator = winnow(
      ['clean', 'crash-input', '--out', 'out-poison', '--queue', url(), '--no-cache', '--quiet'],
      cwd,
    )
    let done = false
    void coordinator.exit.then(() => {
      done = true
    })
    // Workers as a supervisor would run them: a dead one is replaced.
    let crashes = 0
    while (!done) {
      const worker = start(
        [path.join(import.meta.dirname, 'crash-on-poison.mjs'), url(), LOCK_MS],
        cwd,
      )
      const exit = await Promise.race([worker.exit, coordinator.exit.then(() => undefined)])
      if (exit === undefined) {
        worker.child.kill('SIGTERM')
        await worker.exit
      } else {
        expect(exit.signal, exit.stderr).toBe('SIGKILL')
        crashes++
      }
    }
    const run = await coordinator.exit
    expect(run.code, run.stderr).toBe(2)
    expect(crashes).toBe(MAX_STALLED_COUNT + 1)
    const report = JSON.parse(
      readFileSync(path.join(cwd, 'out-poison', 'report.json'), 'utf8'),
    ) as {
      inputs: { path: string; status: string; reason?: string }[]
    }
    const byPath = new Map(report.inputs.map((input) => [input.path, input]))
    expect(byPath.get('crash-input/poison.md')?.status).toBe('error')
    expect(byPath.get('crash-input/poison.md')?.reason).toMatch(/queue workers stopped .* 2 times/)
    expect(byPath.get('crash-input/first.md')?.status).toBe('ok')
    expect(byPath.get('crash-input/second.md')?.status).toBe('ok')
    const written = readdirSync(path.join(cwd, 'out-poison'))
    expect(written.filter((name) => name.endsWith('.json') && name !== 'report.json')).toHaveLength(
      2,
    )
  }, 120_000)
})
