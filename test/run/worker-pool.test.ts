import { describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/run/worker-pool.js'

const workers = new URL('../../fixtures/hostile/workers/', import.meta.url)

function pool(
  options: { size?: number; timeLimit?: number; heapMb?: number; entry?: string } = {},
) {
  return new WorkerPool({
    size: options.size ?? 2,
    entry: new URL(options.entry ?? 'misbehaving.mjs', workers),
    workerData: null,
    timeLimit: options.timeLimit ?? 10_000,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 64 },
  })
}

describe('the worker pool', () => {
  it('runs every task and gives each its own outcome', async () => {
    const workerPool = pool({ size: 3 })
    try {
      const paths = Array.from(
        { length: 50 },
        (_, index) => `${index % 3 ? 'slow' : 'fast'}-${index}`,
      )
      const outcomes = await Promise.all(paths.map((file) => workerPool.run(file)))
      expect(outcomes.map((outcome) => outcome.path)).toEqual(paths)
    } finally {
      await workerPool.close()
    }
  })

  it('stops a task over the time limit, replaces its worker and goes on', async () => {
    const workerPool = pool({ size: 1, timeLimit: 300 })
    try {
      const [looping, next] = await Promise.all([workerPool.run('loop'), workerPool.run('after')])
      expect(looping).toMatchObject({ path: 'loop', status: 'error' })
      expect(looping.reason).toMatch(/time limit of 300 ms/)
      expect(next).toMatchObject({ path: 'after', status: 'ok' })
    } finally {
      await workerPool.close()
    }
  })

  it('turns a crash, an exit and running out of memory into errors for that task only', async () => {
    const workerPool = pool({ size: 2, heapMb: 32 })
    try {
      const outcomes = await Promise.all(
        ['crash', 'a', 'exit', 'b', 'oom', 'c'].map((file) => workerPool.run(file)),
      )
      const byPath = Object.fromEntries(outcomes.map((outcome) => [outcome.path, outcome]))
      expect(byPath.crash?.reason).toMatch(/crashed while processing the file: boom/)
      expect(byPath.exit?.reason).toMatch(/exited with code 3/)
      expect(byPath.oom?.reason).toMatch(/ran out of memory/)
      for (const file of ['a', 'b', 'c']) expect(byPath[file]?.status).toBe('ok')
    } finally {
      await workerPool.close()
    }
  }, 60_000)

  it('rejects every task when its workers cannot start', async () => {
    const workerPool = pool({ entry: 'broken.mjs' })
    try {
      await expect(workerPool.run('a')).rejects.toThrow(/failed to start/)
      await expect(workerPool.run('b')).rejects.toThrow(/failed to start/)
    } finally {
      await workerPool.close()
    }
  })
})
