import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { descriptorLimit } from './descriptor-limit.js'

/**
 * Under this `ulimit -n`, winnow's modules are loaded one at a time. Node's
 * module loader opens every file of a module graph at once, and winnow's
 * graphs (parsers, micromark, the filter engine) are wide enough to run out
 * of descriptors at `ulimit -n 64`; a failed load is remembered by Node, so
 * it cannot simply be tried again.
 */
export const LOW_DESCRIPTOR_LIMIT = 512

/** Static `import … from '…'` and `export … from '…'` of compiled code, and bare `import '…'`. */
const STATIC_IMPORT = /^(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gm

/**
 * Import a module of winnow's. With enough descriptors, as Node does; under
 * `LOW_DESCRIPTOR_LIMIT`, its graph first, one module at a time, packages
 * before winnow's own files and every file after the files it imports, so
 * that no step opens more than a package's own graph.
 */
export async function importGradually<T>(url: URL): Promise<T> {
  if (descriptorLimit() < LOW_DESCRIPTOR_LIMIT) {
    const { packages, files } = moduleGraph(url)
    for (const specifier of [...packages, ...files]) {
      try {
        await import(specifier)
      } catch {
        // A package without an ES entry, or one that needs the rest: the last import says.
      }
    }
  }
  return (await import(url.href)) as T
}

/** The bare specifiers and the local files (leaves first) that `entry` imports, transitively. */
function moduleGraph(entry: URL): { packages: string[]; files: string[] } {
  const packages = new Set<string>()
  const files: string[] = []
  const seen = new Set<string>()
  const visit = (url: URL) => {
    if (seen.has(url.href)) return
    seen.add(url.href)
    let source: string
    try {
      source = readFileSync(fileURLToPath(url), 'utf8')
    } catch {
      return
    }
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? ''
      if (specifier.startsWith('.')) visit(new URL(specifier, url))
      else if (!specifier.startsWith('node:')) packages.add(specifier)
    }
    files.push(url.href)
  }
  visit(entry)
  return { packages: [...packages], files }
}
