import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from './atomic-write.js'
import { forEachConcurrently } from './for-each-concurrently.js'
import type { OutputPlan } from './plan-outputs.js'
import { removeStaleTempFiles } from './remove-stale-temp-files.js'
import { REPORT_FILE } from './run-report.js'

/** Files written at once: each waits on its own fsync, so they overlap. */
const WRITES_IN_FLIGHT = 16

/** The only names winnow writes or removes: `<slug>.json`, `<slug>.md` and the report. */
const OUTPUT_NAME = /^[a-z0-9][a-z0-9-]*\.(?:json|md)$/

/**
 * Carry out a plan: write changed files atomically, a few at a time (group
 * files first, the report last, so the report never names a file that is not
 * there yet), then remove files of groups that are gone. Every name is checked to be a plain
 * file name of winnow's own shape, so nothing is written or removed outside
 * the output folder; temporary files of an earlier, killed run are removed.
 */
export async function writeOutputs(
  out: string,
  outputs: ReadonlyMap<string, string>,
  plan: OutputPlan,
): Promise<void> {
  for (const name of [...plan.write, ...plan.remove]) assertOutputName(name)
  await mkdir(out, { recursive: true })
  await removeStaleTempFiles(out)
  const write = async (name: string) => {
    const content = outputs.get(name)
    if (content !== undefined) await atomicWrite(path.join(out, name), content)
  }
  const groupFiles = plan.write.filter((name) => name !== REPORT_FILE)
  await forEachConcurrently(groupFiles, WRITES_IN_FLIGHT, write)
  if (plan.write.includes(REPORT_FILE)) await write(REPORT_FILE)
  await forEachConcurrently(plan.remove, WRITES_IN_FLIGHT, (name) =>
    rm(path.join(out, name), { force: true }),
  )
}

function assertOutputName(name: string): void {
  if (!OUTPUT_NAME.test(name) || name !== path.basename(name)) {
    throw new Error(`refusing to write '${name}': not an output file name of winnow's`)
  }
}
