import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dependencyVersions } from './dependency-versions.js'

let cached: string | undefined

/**
 * A hash of the code that turns an input into an outcome, so that a cache
 * written by other code is never trusted: every file of winnow's own code
 * (the folder this module was loaded from: `dist/` when installed, `src/`
 * under tests), the resolved version of every runtime dependency, and the
 * Node version.
 */
export function codeFingerprint(): string {
  if (cached) return cached
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  cached = fingerprintCode({ root, packageRoot: path.dirname(root), node: process.version })
  return cached
}

export interface CodeParts {
  /** Folder of winnow's compiled (or source) modules. */
  readonly root: string
  /** Folder of winnow's `package.json`, where dependencies are resolved from. */
  readonly packageRoot: string
  /** `process.version`. */
  readonly node: string
}

export function fingerprintCode(parts: CodeParts): string {
  const hash = createHash('sha256')
  hash.update(`node ${parts.node}\0`)
  for (const dependency of dependencyVersions(parts.packageRoot)) hash.update(`${dependency}\0`)
  const files = (
    readdirSync(parts.root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter(
      (entry) =>
        entry.isFile() && /\.(?:js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash.update(path.relative(parts.root, file))
    hash.update('\0')
    hash.update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}
