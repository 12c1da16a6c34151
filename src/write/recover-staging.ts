import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { isOutputName } from './output-name.js'
import { isStagingName, SWITCH_PLAN, type SwitchPlan } from './staging-folder.js'
import { switchOutputs } from './switch-outputs.js'

export interface RecoveredStaging {
  /** Staging folders of killed runs that had committed: their switch was finished. */
  readonly finished: readonly string[]
  /** Staging folders of killed runs that had not: removed, the output left as it was. */
  readonly removed: readonly string[]
}

/**
 * Clean up after runs killed while writing. Called with the output folder
 * locked, so every staging folder in it belongs to a dead run. One with a
 * switch plan had committed: its switch is finished (the new output
 * complete). One without is removed (the previous output intact). Only
 * folders named like winnow's staging folders are touched.
 */
export async function recoverStaging(out: string): Promise<RecoveredStaging> {
  const names = (await readdir(out).catch(() => [] as string[])).filter(isStagingName).sort()
  const finished: string[] = []
  const removed: string[] = []
  for (const name of names) {
    const staging = path.join(out, name)
    const plan = await readSwitchPlan(staging)
    if (plan) {
      await switchOutputs(out, staging, plan)
      finished.push(name)
    } else {
      await rm(staging, { recursive: true, force: true })
      removed.push(name)
    }
  }
  return { finished, removed }
}

/** The switch plan of a staging folder, or `undefined` when it has none or it is not winnow's shape. */
export async function readSwitchPlan(staging: string): Promise<SwitchPlan | undefined> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(path.join(staging, SWITCH_PLAN), 'utf8'))
  } catch {
    return undefined
  }
  if (!value || typeof value !== 'object' || !('write' in value) || !('remove' in value))
    return undefined
  const { write, remove } = value
  const names = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((name) => typeof name === 'string' && isOutputName(name))
  return names(write) && names(remove) ? { write, remove } : undefined
}
