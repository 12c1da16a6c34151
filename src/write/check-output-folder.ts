import { constants } from 'node:fs'
import { access, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { describeError, errorCode, OutputError } from './output-error.js'

export interface CheckOutputFolderOptions {
  /** Create the folder when it is missing (a run that writes); otherwise only check that it could be. */
  readonly create: boolean
  /** How the folder is named in messages (default: its path). */
  readonly label?: string
}

/**
 * Check, before any input is processed, that `out` is a folder winnow can
 * write into, or one it can create: not a file, not on a read-only file
 * system, not without write permission. Throws an `OutputError`
 * (`cannot-create`) with a message naming the folder and the problem.
 */
export async function checkOutputFolder(
  out: string,
  options: CheckOutputFolderOptions,
): Promise<void> {
  const label = options.label ?? out
  const existing = await nearestExisting(out)
  const stats = await stat(existing).catch((error: unknown) => {
    throw new OutputError(
      'cannot-create',
      `output folder ${label} cannot be used (${describeError(error)}): choose another --out`,
    )
  })
  if (!stats.isDirectory()) {
    const what = existing === out ? 'is a file, not a folder' : `is inside ${existing}, a file`
    throw new OutputError('cannot-create', `output folder ${label} ${what}: choose another --out`)
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK)
    if (options.create) await mkdir(out, { recursive: true })
  } catch (error) {
    const why =
      errorCode(error) === 'EROFS'
        ? 'is on a read-only file system'
        : errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM'
          ? 'is not writable (permission denied)'
          : `cannot be written (${describeError(error)})`
    const where = existing === out ? '' : ` (its nearest existing folder ${existing} ${why})`
    throw new OutputError(
      'cannot-create',
      existing === out
        ? `output folder ${label} ${why}: choose another --out`
        : `output folder ${label} cannot be created${where}: choose another --out`,
    )
  }
}

/** `target`, or its nearest ancestor that exists. */
async function nearestExisting(target: string): Promise<string> {
  let current = target
  for (;;) {
    try {
      await stat(current)
      return current
    } catch (error) {
      const parent = path.dirname(current)
      const code = errorCode(error)
      if (parent === current || (code !== 'ENOENT' && code !== 'ENOTDIR')) return current
      current = parent
    }
  }
}
