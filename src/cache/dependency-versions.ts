import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * `name@version` of every package winnow loads at run time, resolved as Node
 * resolves them (the nearest `node_modules/<name>` up from the package that
 * depends on it), transitively, sorted. Read from the installed packages'
 * `package.json`, so it is what runs, whatever a lock file says. A package
 * that cannot be found is listed as `name@missing`.
 */
export function dependencyVersions(packageRoot: string): string[] {
  const manifests = new Map<string, Manifest | undefined>()
  const readManifest = (folder: string) => {
    if (!manifests.has(folder)) manifests.set(folder, readManifestFile(folder))
    return manifests.get(folder)
  }
  const seen = new Map<string, string>()
  const visit = (folder: string) => {
    const manifest = readManifest(folder)
    if (!manifest) return
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ]
    for (const name of names) {
      const found = resolvePackage(folder, name, readManifest)
      if (!found) {
        seen.set(`missing:${name}`, `${name}@missing`)
        continue
      }
      if (seen.has(found)) continue
      const version = readManifest(found)?.version ?? 'unknown'
      seen.set(found, `${name}@${version}`)
      visit(found)
    }
  }
  visit(packageRoot)
  return [...new Set(seen.values())].sort()
}

interface Manifest {
  readonly version?: string
  readonly dependencies?: Record<string, string>
  readonly optionalDependencies?: Record<string, string>
}

function readManifestFile(folder: string): Manifest | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'))
    return value && typeof value === 'object' ? (value as Manifest) : undefined
  } catch {
    return undefined
  }
}

/** The folder of package `name` as required from `from`, or `undefined`. */
function resolvePackage(
  from: string,
  name: string,
  readManifest: (folder: string) => Manifest | undefined,
): string | undefined {
  let folder = from
  for (;;) {
    if (path.basename(folder) !== 'node_modules') {
      const candidate = path.join(folder, 'node_modules', name)
      if (readManifest(candidate)) return candidate
    }
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}
