import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { errorCode } from './output-error.js'
import { REPORT_FILE } from './run-report.js'
import type { SwitchPlan } from './staging-folder.js'

/**
 * Move a committed staging folder's files into the output folder: group
 * files first, then the report, then remove the files of groups that are
 * gone, then the staging folder. Every step can run twice: a file already
 * moved (by a run killed midway) is skipped, so the next run finishes the
 * same switch. Renames need no room on the disk.
 */
export async function switchOutputs(out: string, staging: string, plan: SwitchPlan): Promise<void> {
  const groupFiles = plan.write.filter((name) => name !== REPORT_FILE)
  for (const name of groupFiles) await moveIn(out, staging, name)
  if (plan.write.includes(REPORT_FILE)) await moveIn(out, staging, REPORT_FILE)
  for (const name of plan.remove) await rm(path.join(out, name), { force: true })
  await syncFolder(out)
  await rm(staging, { recursive: true, force: true })
}

async function moveIn(out: string, staging: string, name: string): Promise<void> {
  try {
    await rename(path.join(staging, name), path.join(out, name))
  } catch (error) {
    // Moved already, by the run that was killed during this switch.
    if (errorCode(error) !== 'ENOENT') throw error
  }
}

/** Flush a folder's entries (the renames) to disk; best effort. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined)
  if (!handle) return
  try {
    await handle.sync()
  } catch {
    // Some file systems cannot sync a folder: the renames are still atomic.
  } finally {
    await handle.close()
  }
}
