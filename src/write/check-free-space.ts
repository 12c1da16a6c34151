import { statfs } from 'node:fs/promises'
import { OutputError } from './output-error.js'

/** Room kept free beyond what the files need: the staging folder, the switch plan, file system slack. */
export const SPACE_MARGIN_BYTES = 64 * 1024

/** Bytes `sizes` take on a file system of `blockSize`-byte blocks, every file rounded up to whole blocks. */
export function bytesNeeded(sizes: readonly number[], blockSize: number): number {
  const block = Math.max(1, blockSize)
  return sizes.reduce((sum, size) => sum + Math.ceil(size / block) * block, 0) + SPACE_MARGIN_BYTES
}

/**
 * Fail before writing anything when the output folder's file system has
 * less room than the new files need (the old ones stay until the switch).
 */
export async function checkFreeSpace(out: string, sizes: readonly number[]): Promise<void> {
  const stats = await statfs(out).catch(() => undefined)
  if (!stats) return
  const needed = bytesNeeded(sizes, stats.bsize)
  const free = stats.bavail * stats.bsize
  if (free < needed) throw diskFull(out, needed, free)
}

/** The one-line error of a full disk, naming the folder and the room needed. */
export function diskFull(out: string, needed: number, free?: number): OutputError {
  const room = free === undefined ? '' : `, ${formatBytes(free)} free`
  return new OutputError(
    'io',
    `not enough space to write the output in ${out}: it needs ${formatBytes(needed)}${room}. Free some space and run again; the previous output is unchanged`,
  )
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
