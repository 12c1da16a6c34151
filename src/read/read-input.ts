import type { Stats } from 'node:fs'
import { constants, open } from 'node:fs/promises'
import { tooLarge } from './decode-input.js'
import { InputError } from './input-error.js'

export interface ReadInputOptions {
  /** Inputs larger than this are skipped without being read. */
  readonly maxBytes: number
}

/** O_NONBLOCK: opening a FIFO with no writer must not wait for one. */
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Refuse what is not a regular file, or is over `maxBytes`, before anything is read. */
export function assertReadable(stats: Stats, options: ReadInputOptions): void {
  if (stats.isDirectory()) throw new InputError('is a folder, not a file', { status: 'error' })
  if (!stats.isFile()) {
    throw new InputError('not a regular file (a pipe, socket or device): not read', {
      status: 'skipped',
    })
  }
  if (stats.size > options.maxBytes) throw tooLarge(stats.size, options.maxBytes)
}

/** Bytes read at a time once a file turns out larger than it was when opened. */
const CHUNK_BYTES = 1 << 20

/**
 * Read one input file. What is not a regular file (a FIFO, a device, a
 * socket) is refused before anything is read, and so is a file over
 * `maxBytes`; no more than `maxBytes` + 1 bytes are ever read, so a file
 * that grows while it is read comes back one byte over the limit, for
 * `decodeInput` to skip.
 */
export async function readInput(file: string, options: ReadInputOptions): Promise<Uint8Array> {
  const handle = await open(file, OPEN_FLAGS)
  try {
    const stats = await handle.stat()
    assertReadable(stats, options)
    const limit = options.maxBytes + 1
    const chunks: Buffer[] = []
    let total = 0
    let size = Math.min(stats.size + 1, limit)
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(size)
      let filled = 0
      while (filled < size) {
        const { bytesRead } = await handle.read(chunk, filled, size - filled, total + filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      chunks.push(chunk.subarray(0, filled))
      total += filled
      if (filled < size) break
      size = Math.min(CHUNK_BYTES, limit - total)
    }
    return chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks, total)
  } finally {
    await handle.close()
  }
}
