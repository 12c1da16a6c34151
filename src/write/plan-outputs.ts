import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { REPORT_FILE } from './run-report.js'

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
  return (await planOutputsSized(out, outputs)).plan
}

/**
 * `planOutputs`, and the UTF-8 size of each file to write (in the order of
 * `plan.write`), measured as it is compared: each file is rendered once here.
 */
export async function planOutputsSized(
  out: string,
  outputs: ReadonlyMap<string, string>,
): Promise<{ readonly plan: OutputPlan; readonly sizes: readonly number[] }> {
  // Read synchronously: output files are small, and fs/promises' thread-pool
  // round trips cost more than the reads on a rerun where nothing changed.
  const names: string[] = []
  const sizes: number[] = []
  for (const [name, content] of outputs) {
    if (currentBytes(out, name) === content) continue
    names.push(name)
    sizes.push(Buffer.byteLength(content, 'utf8'))
  }
  const remove: string[] = []
  for (const name of await previousOutputs(out)) {
    if (!outputs.has(name)) remove.push(name)
  }
  return { plan: { write: names, remove: remove.sort() }, sizes }
}

/** What an output file holds now, or `undefined` when it cannot be read. */
function currentBytes(out: string, name: string): string | undefined {
  try {
    return readFileSync(path.join(out, name), 'utf8')
  } catch {
    return undefined
  }
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
