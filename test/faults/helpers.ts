import { type SpawnOptions, spawn, spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { seededRandom, sentence } from '../../bench/run/scraped-article.js'
import { bin } from '../hostile/helpers/workspace.js'

export { bin, cli, removeWorkspaces, workspace } from '../hostile/helpers/workspace.js'

/** `count` small articles with words of their own, `prefix` in every title: `count` groups. */
export function articles(
  count: number,
  prefix: string,
  options: { readonly words?: number; readonly seed?: number } = {},
): Record<string, string> {
  const random = seededRandom(options.seed ?? 7)
  const words = options.words ?? 30
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `a-${index}.md`,
      `---\ntitle: ${prefix} ${sentence(random, 4).slice(0, -1)} ${index}\n---\n\n${sentence(random, words)} ${sentence(random, words)}\n`,
    ]),
  )
}

/** The files of an output folder, by name (winnow's dot-names left out: they are checked apart). */
export function outputFiles(out: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(out)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(path.join(out, name), 'utf8')]),
  )
}

/**
 * The folder holds exactly what its report.json names: each group's `.json`
 * and `.md`, whose JSON names the group's slug, and nothing else of winnow's
 * (no staging folder, no temporary file, no lock).
 */
export function expectConsistent(out: string): void {
  const files = outputFiles(out)
  const report = JSON.parse(files['report.json'] ?? 'null') as {
    clusters: { slug: string }[]
  }
  expect(report, 'report.json is missing').not.toBeNull()
  const named = report.clusters.flatMap(({ slug }) => [`${slug}.json`, `${slug}.md`])
  expect(Object.keys(files).sort()).toEqual([...named, 'report.json'].sort())
  for (const { slug } of report.clusters)
    expect(JSON.parse(files[`${slug}.json`] ?? '{}').slug, slug).toBe(slug)
  expectNoLeftovers(out)
}

/** No staging folder, temporary file or lock of winnow's in the folder. */
export function expectNoLeftovers(out: string): void {
  expect(readdirSync(out).filter((name) => name.startsWith('.winnow'))).toEqual([])
}

/** winnow's spill folders in a temp folder. */
export function spillFolders(tmp: string): string[] {
  return readdirSync(tmp).filter((name) => name.startsWith('winnow-spill-'))
}

/**
 * Mount a tmpfs at `dir` (root only). Where that is not possible the test
 * is skipped with a message, except under CI (`process.env.CI`), where it
 * fails: CI runs as root.
 */
export function mountTmpfs(
  dir: string,
  options: string,
): { ok: true } | { ok: false; why: string } {
  mkdirSync(dir, { recursive: true })
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], {
    encoding: 'utf8',
  })
  if (mounted.status === 0) return { ok: true }
  const why = `cannot mount a tmpfs (${(mounted.stderr || mounted.error?.message || '').trim()}): run as root`
  if (process.env.CI) throw new Error(`${why}; CI must run these tests (see .ci/run)`)
  console.warn(`skipped: ${why}`)
  return { ok: false, why }
}

export function unmount(dir: string): void {
  spawnSync('umount', ['-l', dir])
  rmSync(dir, { recursive: true, force: true })
}

/** Run the CLI without waiting; resolves with its exit code, stdout and stderr. */
export function start(
  cwd: string,
  args: readonly string[],
  options: {
    readonly env?: SpawnOptions['env']
    readonly stdio?: SpawnOptions['stdio']
    readonly before?: string
  } = {},
) {
  const spawnOptions: SpawnOptions = {
    cwd,
    ...(options.env ? { env: options.env } : {}),
    ...(options.stdio ? { stdio: options.stdio } : {}),
  }
  // `before`: a shell command run first, e.g. `ulimit -n 64`.
  const child = options.before
    ? spawn(
        'bash',
        ['-c', `${options.before}; exec "$0" "$@"`, process.execPath, bin, ...args],
        spawnOptions,
      )
    : spawn(process.execPath, [bin, ...args], spawnOptions)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const done = new Promise<{
    code: number | null
    signal: string | null
    stdout: string
    stderr: string
  }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, done }
}

/** Poll until `test` holds (every 5 ms), or `limit` ms pass. */
export async function waitFor(test: () => boolean, limit = 60_000): Promise<boolean> {
  const until = performance.now() + limit
  while (performance.now() < until) {
    if (test()) return true
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return false
}

export function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory()
  } catch {
    return false
  }
}
