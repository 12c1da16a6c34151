import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const root = path.join(import.meta.dirname, '../..')

/** The newest modification time of the files under `folder` (0 when it does not exist). */
function newest(folder: string): number {
  let latest = 0
  let entries: string[]
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  } catch {
    return 0
  }
  for (const entry of entries) {
    const stat = statSync(path.join(folder, entry))
    if (stat.isFile()) latest = Math.max(latest, stat.mtimeMs)
  }
  return latest
}

/**
 * Vitest global setup: the tests that spawn the CLI (`bin/winnow.js`) and the
 * worker pool run `dist/`, so rebuild it when any source is newer. A test
 * never runs code older than the sources.
 */
export default function buildDist(): void {
  if (newest(path.join(root, 'src')) <= newest(path.join(root, 'dist'))) return
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}
