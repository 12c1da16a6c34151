import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { forEachConcurrently } from './for-each-concurrently.js'
import { REPORT_FILE } from './run-report.js'

/** Output files read at once to compare them with this run's. */
const READS_IN_FLIGHT = 16

export interface OutputPlan {
  /** Files whose bytes would change (or are new), relative to the output folder. */
  readonly write: readonly string[]
  /** Files an earlier run wrote for groups that no longer exist. */
  readonly remove: readonly string[]
}

/**
 * Compare the outputs of this run with what is on disk. Only files that
 * winnow wrote before (named by the earlier report.json) are ever removed.
 */
export async function planOutputs(
  out: string,
  outputs: ReadonlyMap<string, string>,
): Promise<OutputPlan> {
  const changed = new Set<string>()
  await forEachConcurrently([...outputs.keys()], READS_IN_FLIGHT, async (name) => {
    const current = await readFile(path.join(out, name), 'utf8').catch(() => undefined)
    if (current !== outputs.get(name)) changed.add(name)
  })
  const write = [...outputs.keys()].filter((name) => changed.has(name))
  const remove: string[] = []
  for (const name of await previousOutputs(out)) {
    if (!outputs.has(name)) remove.push(name)
  }
  return { write, remove: remove.sort() }
}

/** The group files named by an earlier report.json in the output folder. */
async function previousOutputs(out: string): Promise<string[]> {
  let report: unknown
  try {
    report = JSON.parse(await readFile(path.join(out, REPORT_FILE), 'utf8'))
  } catch {
    return []
  }
  if (
    !report ||
    typeof report !== 'object' ||
    !('clusters' in report) ||
    !Array.isArray(report.clusters)
  )
    return []
  const names: string[] = []
  for (const cluster of report.clusters as unknown[]) {
    const slug =
      cluster && typeof cluster === 'object' && 'slug' in cluster ? cluster.slug : undefined
    if (typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug))
      names.push(`${slug}.json`, `${slug}.md`)
  }
  return names
}
