import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Whether `redis-server` can be started here. The queue tests need it: they
 * are skipped with a message without it, except in CI (`CI` set), where
 * `.ci/run` installs it and its absence fails the run.
 */
export const hasRedisServer =
  spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0

export interface RedisServer {
  readonly url: string
  readonly port: number
  readonly stop: () => Promise<void>
}

/** A throw-away `redis-server` on a free loopback port, keeping nothing on disk. */
export async function startRedisServer(
  options: { readonly password?: string } = {},
): Promise<RedisServer> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-redis-'))
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  args.push('--dir', dir)
  if (options.password !== undefined) args.push('--requirepass', options.password)
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 10_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8')
      if (log.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with code ${code}:\n${log}`))
    })
  })
  const auth = options.password === undefined ? '' : `:${encodeURIComponent(options.password)}@`
  return {
    url: `redis://${auth}127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
