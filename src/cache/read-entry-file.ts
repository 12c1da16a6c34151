import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/**
 * Opened without following a symbolic link at the entry's name, and without
 * blocking on a FIFO: a link to `/dev/zero` or a named pipe planted in the
 * cache is refused at once, never read.
 */
const ENTRY_OPEN_FLAGS =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * The bytes of a cache entry, or `undefined` when it is missing, a link, not
 * a regular file, or over `maxBytes`: a cache problem is a miss, never an
 * error. Read synchronously (see `OutcomeCache.get`).
 */
export function readEntryFile(file: string, maxBytes: number): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, ENTRY_OPEN_FLAGS)
    const stats = fstatSync(fd)
    if (!stats.isFile() || stats.size > maxBytes) return undefined
    const buffer = Buffer.allocUnsafe(stats.size)
    let read = 0
    while (read < stats.size) {
      const count = readSync(fd, buffer, read, stats.size - read, read)
      if (count === 0) break
      read += count
    }
    // Shorter than its size said: changed while read, so not trusted.
    return read === stats.size ? buffer : undefined
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
