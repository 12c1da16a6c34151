import type { Stats } from 'node:fs'
import { lstat, stat } from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'
import { notReadReason, type PathNote, walkFolder } from './walk-folder.js'

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
  readonly missing: readonly PathNote[]
  /** What a walk or glob found but does not read (symbolic links, pipes, unreadable folders). */
  readonly skipped: readonly PathNote[]
}

const globOptions: fg.Options = {
  dot: false,
  onlyFiles: false,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**'],
  suppressErrors: true,
}

/**
 * Expand the INPUT arguments: files are taken as they are, folders are walked
 * recursively (skipping dotfiles and node_modules), anything else is a glob.
 * Paths are only listed here: files are read one at a time as they are processed.
 */
export async function findInputs(
  patterns: readonly string[],
  options: FindInputsOptions,
): Promise<FoundInputs> {
  const found = new Set<string>()
  const missing: PathNote[] = []
  const skipped = new Map<string, string>()
  const excluded = (file: string) => options.exclude.some((folder) => isInside(file, folder))
  const relative = (file: string) => toPosix(path.relative(options.cwd, path.resolve(file)))

  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern)
    let stats: Stats | undefined
    let statError: unknown
    try {
      stats = await stat(absolute)
    } catch (error) {
      statError = error
    }
    let matches: string[] = []
    if (stats?.isFile()) {
      matches = [absolute]
    } else if (stats?.isDirectory()) {
      const walked = await walkFolder(absolute, { exclude: excluded })
      matches = walked.files
      for (const note of walked.skipped) skipped.set(relative(note.path), note.reason)
    } else if (stats) {
      skipped.set(relative(absolute), notReadReason(stats))
    } else if (fg.isDynamicPattern(pattern)) {
      const entries = await fg(toPosix(pattern), {
        ...globOptions,
        objectMode: true,
        cwd: options.cwd,
        absolute: true,
      })
      for (const entry of entries) {
        if (entry.dirent.isFile()) matches.push(entry.path)
        else if (!entry.dirent.isDirectory() && !excluded(entry.path))
          skipped.set(relative(entry.path), notReadReason(entry.dirent))
      }
      if (entries.length === 0) missing.push({ path: pattern, reason: 'glob matched no files' })
    } else {
      missing.push({ path: pattern, reason: await missingReason(absolute, statError) })
    }
    for (const match of matches) if (!excluded(path.resolve(match))) found.add(relative(match))
  }

  return {
    files: [...found].sort(compareStrings),
    missing,
    skipped: [...skipped]
      .filter(([file]) => !found.has(file))
      .map(([file, reason]) => ({ path: file, reason }))
      .sort((a, b) => compareStrings(a.path, b.path)),
  }
}

/** Why an argument that is not a glob names nothing readable. */
async function missingReason(absolute: string, error: unknown): Promise<string> {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
  if (code === 'ELOOP') return 'symbolic link loop'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied'
  const link = await lstat(absolute).catch(() => undefined)
  if (link?.isSymbolicLink()) return 'symbolic link to a file that does not exist'
  return 'no such file or folder'
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
