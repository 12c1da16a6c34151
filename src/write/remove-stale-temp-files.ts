import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { isRunning } from '../run/spill-folder.js'
import { tempFileOwner } from './atomic-write.js'

/**
 * Remove the temporary files an earlier run left when it was killed between
 * creating one and renaming it. Only winnow's own names are touched, and
 * only those of processes that are no longer running.
 */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    const owner = tempFileOwner(name)
    if (owner === undefined || isRunning(owner)) continue
    await rm(path.join(folder, name), { force: true })
    removed.push(name)
  }
  return removed
}
