import { randomBytes } from 'node:crypto'
import { type FileHandle, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** Temporary files start with this, so that winnow can find and remove its own. */
export const TEMP_PREFIX = '.winnow-'
export const TEMP_SUFFIX = '.tmp'

/**
 * Write a file atomically: a new temporary file in the same folder, flushed
 * to disk, then renamed over the target, so a reader (or a run killed with
 * SIGKILL) sees the old bytes or the new ones, never half a file. The
 * temporary file is created exclusively (`wx`), and rename replaces a
 * symbolic link at the target rather than following it: nothing is ever
 * written outside the target's folder.
 */
export interface AtomicWriteOptions {
  /**
   * Flush the temporary file to disk before the rename (default: true). A
   * cache, where a lost entry is only a miss, turns it off.
   */
  readonly durable?: boolean
}

export async function atomicWrite(
  file: string,
  content: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `${TEMP_PREFIX}${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
  )
  try {
    await writeNew(temp, content, { durable: options.durable !== false })
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Create `file` (it must not exist), write `content` and flush it to disk. */
export function writeFlushed(file: string, content: string): Promise<void> {
  return writeNew(file, content, { durable: true })
}

/** Retries of an open that failed with EMFILE (too many open files), and the first wait. */
const EMFILE_RETRIES = 8
const EMFILE_WAIT_MS = 10

async function writeNew(
  file: string,
  content: string,
  options: { readonly durable: boolean },
): Promise<void> {
  const handle = await openNew(file)
  try {
    await handle.writeFile(content, 'utf8')
    if (options.durable) await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Open a new file exclusively; when the process is out of descriptors, wait for some and retry. */
async function openNew(file: string): Promise<FileHandle> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open(file, 'wx', 0o644)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined
      if ((code !== 'EMFILE' && code !== 'ENFILE') || attempt >= EMFILE_RETRIES) throw error
      await new Promise((resolve) => setTimeout(resolve, EMFILE_WAIT_MS * 2 ** attempt))
    }
  }
}

/** The process id in a temporary file's name, if it is one of winnow's. */
export function tempFileOwner(name: string): number | undefined {
  if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) return undefined
  const match = /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)
  return match ? Number(match[1]) : undefined
}
