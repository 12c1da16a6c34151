import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from './atomic-write.js'
import type { OutputPlan } from './plan-outputs.js'
import { REPORT_FILE } from './run-report.js'

/**
 * Carry out a plan: write changed files atomically (group files first, the
 * report last, so the report never names a file that is not there yet), then
 * remove files of groups that are gone.
 */
export async function writeOutputs(
  out: string,
  outputs: ReadonlyMap<string, string>,
  plan: OutputPlan,
): Promise<void> {
  await mkdir(out, { recursive: true })
  const ordered = [...plan.write].sort(
    (a, b) => Number(a === REPORT_FILE) - Number(b === REPORT_FILE),
  )
  for (const name of ordered) {
    const content = outputs.get(name)
    if (content !== undefined) await atomicWrite(path.join(out, name), content)
  }
  for (const name of plan.remove) await rm(path.join(out, name), { force: true })
}
