import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/**
 * A hash of winnow's own code (every file of the folder this module was
 * loaded from: `dist/` when installed, `src/` under tests), so that a cache
 * written by another version of winnow is never trusted.
 */
export function codeFingerprint(): string {
  if (cached) return cached
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const hash = createHash('sha256')
  const files = (
    readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter(
      (entry) =>
        entry.isFile() && /\.(?:js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash.update(path.relative(root, file))
    hash.update('\0')
    hash.update(readFileSync(file))
  }
  cached = hash.digest('hex').slice(0, 16)
  return cached
}
