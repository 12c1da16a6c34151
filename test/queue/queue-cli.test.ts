import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EXIT } from '../../src/cli/exit-codes.js'
import { main } from '../../src/cli/main.js'

const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-queue-cli-'))
writeFileSync(path.join(cwd, 'a.md'), '# A\n\nSome text.\n')
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

async function run(argv: readonly string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
  })
  return { code, stdout, stderr }
}

describe('winnow worker and clean --queue on the command line', () => {
  it('list the worker command and its options', async () => {
    expect((await run(['--help'])).stdout).toMatch(/worker\s+process the jobs/)
    const help = await run(['worker', '--help'])
    expect(help.code).toBe(EXIT.ok)
    expect(help.stdout).toMatch(/--concurrency N/)
    expect(help.stdout).toMatch(/untrusted|trusted writers/)
    expect((await run(['clean', '--help'])).stdout).toMatch(/--queue URL/)
  })

  it('refuse a worker without a queue, or with a URL that is not Redis, before connecting', async () => {
    const missing = await run(['worker'])
    expect(missing.code).toBe(EXIT.usage)
    expect(missing.stderr).toMatch(/needs --queue/)
    const http = await run(['worker', '--queue', 'http://:secret@example.com'])
    expect(http.code).toBe(EXIT.usage)
    expect(http.stderr).toMatch(/redis:\/\/ or rediss:\/\//)
    expect(http.stderr).not.toMatch(/secret/)
    expect((await run(['worker', '--queue', 'redis://h', '--concurrency', '0'])).code).toBe(
      EXIT.usage,
    )
  })

  it('refuse clean --queue with a URL that is not Redis, writing nothing', async () => {
    const result = await run([
      'clean',
      'a.md',
      '--out',
      'out',
      '--queue',
      'ftp://host',
      '--no-cache',
    ])
    expect(result.code).toBe(EXIT.usage)
    expect(result.stderr).toMatch(/--queue takes a redis:\/\//)
  })
})
