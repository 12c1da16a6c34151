import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface PathNote {
  readonly path: string
  readonly reason: string
}

export interface WalkedFolder {
  /** Absolute paths of the regular files found. */
  readonly files: string[]
  /** Entries that are not read, each with why: symbolic links, pipes, unreadable folders. */
  readonly skipped: PathNote[]
}

/**
 * Walk a folder with an explicit stack (no recursion, no limit on depth),
 * skipping dotfiles, `node_modules` and the `exclude` folders. Symbolic links
 * are never followed, so a link loop cannot trap the walk and a link cannot
 * lead outside the folder; they, and pipes, sockets and devices, are reported
 * as skipped, like a sub-folder that cannot be read.
 */
export async function walkFolder(
  root: string,
  options: { readonly exclude: (absolute: string) => boolean },
): Promise<WalkedFolder> {
  const files: string[] = []
  const skipped: PathNote[] = []
  const folders = [root]
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[]
    try {
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      skipped.push({ path: folder, reason: `folder cannot be read: ${errorCode(error)}` })
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const absolute = path.join(folder, entry.name)
      if (options.exclude(absolute)) continue
      if (entry.isFile()) files.push(absolute)
      else if (entry.isDirectory()) folders.push(absolute)
      else skipped.push({ path: absolute, reason: notReadReason(entry) })
    }
  }
  return { files, skipped }
}

/** Why an entry that is neither a file nor a folder is not read. */
export function notReadReason(entry: {
  isSymbolicLink(): boolean
  isFIFO(): boolean
  isSocket(): boolean
}): string {
  if (entry.isSymbolicLink()) return 'symbolic link: not followed (name its target to read it)'
  if (entry.isFIFO()) return 'named pipe: not read'
  if (entry.isSocket()) return 'socket: not read'
  return 'device file: not read'
}

function errorCode(error: unknown): string {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : ''
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
