import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** A node of a V8 `.cpuprofile`. */
interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string }
  readonly children?: readonly number[]
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

const root = path.join(import.meta.dirname, '../..')
const dist = path.join(root, 'dist')

/**
 * The stage of a frame: the folder of `dist/` its code lives in (read,
 * parse, extract, clean, structure, dedupe, canonical, write, …), or
 * `process-file` / `pipeline` for those two files. Code of a dependency has
 * no stage of its own: it counts for the stage that called it.
 */
function stageOf(url: string): string | undefined {
  if (!url.startsWith('file://')) return undefined
  const file = fileURLToPath(url)
  if (!file.startsWith(`${dist}${path.sep}`)) return undefined
  const parts = path.relative(dist, file).split(path.sep)
  return parts.length > 1 ? parts[0] : (parts[0] ?? '').replace(/\.js$/, '')
}

/**
 * Shares of a `--jobs 1` run's CPU time by stage, from a V8 CPU profile:
 * each sample counts for the nearest frame on its stack that is winnow's
 * own code; garbage collection, and time outside winnow's code (module
 * loading, the event loop), are rows of their own.
 */
export function stageShares(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const stage = new Map<number, string>()
  const walk = (id: number, inherited: string) => {
    const node = byId.get(id)
    if (!node) return
    const name = node.callFrame.functionName
    const own =
      name === '(garbage collector)'
        ? 'GC'
        : name === '(idle)' || name === '(program)'
          ? name
          : (stageOf(node.callFrame.url) ?? inherited)
    stage.set(id, own)
    for (const child of node.children ?? []) walk(child, own)
  }
  const first = profile.nodes[0]
  if (first) walk(first.id, 'outside winnow')
  const micros = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, index) => {
    const name = stage.get(id) ?? 'outside winnow'
    if (name === '(idle)') return
    const delta = profile.timeDeltas[index] ?? 0
    micros.set(name, (micros.get(name) ?? 0) + delta)
    total += delta
  })
  return new Map(
    [...micros].sort((a, b) => b[1] - a[1]).map(([name, value]) => [name, value / total]),
  )
}

/** Profile `winnow clean INPUT --jobs 1` (every stage in one thread) and share its CPU time by stage. */
export function profileStages(input: string): Map<string, number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-bench-profile-'))
  try {
    const out = path.join(dir, 'out')
    const run = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        dir,
        path.join(root, 'bin/winnow.js'),
        'clean',
        input,
        '--out',
        out,
        '--jobs',
        '1',
        '--quiet',
        '--no-cache',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
    )
    if (run.status !== 0 && run.status !== 2) throw new Error(`winnow failed: ${run.stderr}`)
    const name = readdirSync(dir).find((file) => file.endsWith('.cpuprofile'))
    if (!name) throw new Error('no CPU profile was written')
    return stageShares(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CpuProfile)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
