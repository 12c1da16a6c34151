import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * A run writes its new and changed files into a staging folder inside the
 * output folder (so on the same file system, where a rename is atomic),
 * named `.winnow-staging-<pid>-<random>`.
 */
export const STAGING_PREFIX = '.winnow-staging-'

/**
 * Written into the staging folder once every file is there and flushed: the
 * commit point. It lists the files to switch in and the files to remove. A
 * staging folder with a plan is switched in by the next run; one without is
 * removed.
 */
export const SWITCH_PLAN = '.switch.json'

export interface SwitchPlan {
  /** Files in the staging folder, to rename into the output folder (the report last). */
  readonly write: readonly string[]
  /** Files of groups that no longer exist, removed from the output folder after the report. */
  readonly remove: readonly string[]
}

export function stagingName(): string {
  return `${STAGING_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`
}

export function isStagingName(name: string): boolean {
  return name.startsWith(STAGING_PREFIX) && name === path.basename(name)
}
