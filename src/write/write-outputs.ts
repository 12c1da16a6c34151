import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { writesInFlight } from '../run/descriptor-limit.js'
import { atomicWrite, writeFlushed } from './atomic-write.js'
import { bytesNeeded, checkFreeSpace, diskFull } from './check-free-space.js'
import { forEachConcurrently } from './for-each-concurrently.js'
import { describeError, errorCode, OutputError } from './output-error.js'
import { type LockOutputFolderOptions, lockOutputFolder } from './output-lock.js'
import { assertOutputName } from './output-name.js'
import { type OutputPlan, planOutputsSized } from './plan-outputs.js'
import { recoverStaging } from './recover-staging.js'
import { removeStaleTempFiles } from './remove-stale-temp-files.js'
import { SWITCH_PLAN, stagingName } from './staging-folder.js'
import { switchOutputs } from './switch-outputs.js'

/** Files written at once (fewer under a low `ulimit -n`): each waits on its own fsync, so they overlap. */
const WRITES_IN_FLIGHT = 16

export interface WriteOutputsOptions {
  /** Stop before the switch when aborted (SIGINT, SIGTERM): the previous output stays. */
  readonly signal?: AbortSignal
  /** Milliseconds to wait for another run writing the same folder. */
  readonly lockWait?: LockOutputFolderOptions['wait']
}

/**
 * Write a run's outputs as one transaction:
 * lock the folder → finish or remove what killed runs left → plan (which
 * files change, which groups are gone) → check the free space → write the
 * changed files into a staging folder, flushed → commit (the switch plan) →
 * switch them in with renames, the report last, and remove the files of
 * groups that are gone. A failure or an abort before the commit removes the
 * staging folder and leaves the previous output exactly as it was; a kill
 * after it is finished by the next run. Faults are `OutputError`s with one
 * line naming the folder. Returns what was switched in.
 */
export async function writeOutputs(
  out: string,
  outputs: ReadonlyMap<string, string>,
  options: WriteOutputsOptions = {},
): Promise<OutputPlan> {
  for (const name of outputs.keys()) assertOutputName(name)
  await mkdir(out, { recursive: true }).catch((error: unknown) => {
    throw new OutputError(
      'cannot-create',
      `cannot create output folder ${out}: ${describeError(error)}`,
    )
  })
  const lock = await lockOutputFolder(out, {
    ...(options.lockWait === undefined ? {} : { wait: options.lockWait }),
  })
  try {
    await removeStaleTempFiles(out)
    await recoverStaging(out)
    // Sizes are measured as the files are compared: each is rendered here and once more when written.
    const { plan, sizes } = await planOutputsSized(out, outputs)
    if (plan.write.length + plan.remove.length === 0) return plan
    options.signal?.throwIfAborted()
    await checkFreeSpace(out, sizes)
    const staging = path.join(out, stagingName())
    try {
      await mkdir(staging)
      await forEachConcurrently(plan.write, writesInFlight(WRITES_IN_FLIGHT), (name) =>
        writeFlushed(path.join(staging, name), outputs.get(name) ?? ''),
      )
      options.signal?.throwIfAborted()
      if (lock.compromised())
        throw new OutputError(
          'busy',
          `lost the lock of output folder ${out} (this run was stalled): the previous output is unchanged; run again`,
        )
      // The commit point: from here on, this switch is finished even by the next run.
      await atomicWrite(path.join(staging, SWITCH_PLAN), JSON.stringify(plan))
    } catch (error) {
      await rm(staging, { recursive: true, force: true })
      throw asOutputError(error, out, sizes)
    }
    await switchOutputs(out, staging, plan).catch((error: unknown) => {
      throw asOutputError(error, out, sizes)
    })
    return plan
  } finally {
    await lock.release()
  }
}

/** A write failure as one line naming the folder; an abort and winnow's own errors pass through. */
function asOutputError(error: unknown, out: string, sizes: readonly number[]): unknown {
  if (error instanceof OutputError || (error instanceof Error && error.name === 'AbortError'))
    return error
  const code = errorCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT') return diskFull(out, bytesNeeded(sizes, 4096))
  if (code === 'EROFS')
    return new OutputError(
      'io',
      `output folder ${out} became read-only while writing: the previous output is unchanged`,
    )
  return new OutputError(
    'io',
    `cannot write the output in ${out} (${describeError(error)}): the previous output is unchanged`,
  )
}
