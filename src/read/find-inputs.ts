import { stat } from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'

export interface FindInputsOptions {
  /** Folder that paths are resolved against and reported relative to. */
  readonly cwd: string
  /** Absolute folders whose files are never read (the output folder). */
  readonly exclude: readonly string[]
}

export interface FoundInputs {
  /** Paths relative to `cwd`, with `/` separators, sorted and unique. */
  readonly files: readonly string[]
  /** Arguments that matched nothing, each with a reason. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[]
}

const walkOptions: fg.Options = {
  dot: false,
  onlyFiles: true,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**'],
  suppressErrors: true,
}

/**
 * Expand the INPUT arguments: files are taken as they are, folders are walked
 * recursively (skipping dotfiles and node_modules), anything else is a glob.
 */
export async function findInputs(
  patterns: readonly string[],
  options: FindInputsOptions,
): Promise<FoundInputs> {
  const found = new Set<string>()
  const missing: { path: string; reason: string }[] = []

  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern)
    const stats = await stat(absolute).catch(() => undefined)
    let matches: string[]
    if (stats?.isFile()) {
      matches = [absolute]
    } else if (stats?.isDirectory()) {
      matches = await fg('**/*', { ...walkOptions, cwd: absolute, absolute: true })
    } else if (fg.isDynamicPattern(pattern)) {
      matches = await fg(toPosix(pattern), { ...walkOptions, cwd: options.cwd, absolute: true })
      if (matches.length === 0) missing.push({ path: pattern, reason: 'glob matched no files' })
    } else {
      missing.push({ path: pattern, reason: 'no such file or folder' })
      matches = []
    }
    for (const match of matches) {
      const resolved = path.resolve(match)
      if (options.exclude.some((folder) => isInside(resolved, folder))) continue
      found.add(toPosix(path.relative(options.cwd, resolved)))
    }
  }

  return { files: [...found].sort(compareStrings), missing }
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/')
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
