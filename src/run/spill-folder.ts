import { mkdtempSync, rmSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Without a cache, outcomes are kept in a spill folder in the temp folder,
 * named `winnow-spill-<pid>-<random>`: the process id tells the next run
 * whether its owner is still running.
 */
const SPILL_PREFIX = 'winnow-spill-'

/** Spill folders of this process not removed yet: removed when it exits, if not before. */
const open = new Set<string>()

export function createSpillFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), `${SPILL_PREFIX}${process.pid}-`))
  if (open.size === 0) process.once('exit', removeOpenSpillFolders)
  open.add(folder)
  return folder
}

/** Remove a spill folder (its run's outputs are written, or the run failed). */
export async function removeSpillFolder(folder: string): Promise<void> {
  open.delete(folder)
  if (open.size === 0) process.off('exit', removeOpenSpillFolders)
  await rm(folder, { recursive: true, force: true })
}

/**
 * A library caller that never closed its run result: its spill folders go
 * when the process exits.
 */
function removeOpenSpillFolders(): void {
  for (const folder of open) rmSync(folder, { recursive: true, force: true })
  open.clear()
}

/**
 * Remove the spill folders of runs that were killed (SIGKILL, a crash):
 * only folders named like winnow's, and only those whose process is gone.
 */
export async function removeDeadSpillFolders(folder: string = tmpdir()): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    const match = new RegExp(`^${SPILL_PREFIX}(\\d+)-[A-Za-z0-9]{6}$`).exec(name)
    if (!match || isRunning(Number(match[1]))) continue
    await rm(path.join(folder, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
