import { existsSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../options.js'
import { readRunReport } from '../review/read-output.js'
import { REPORT_FILE } from '../write/run-report.js'

/**
 * Before `winnow review` cleans anything: OUT must hold a report.json, and
 * the sources it names must lie under ROOT. A run from the wrong folder
 * would otherwise write a page of missing sources and exit 0.
 */
export async function checkReviewFolders(
  out: string,
  root: string,
  labels: { readonly out: string; readonly cwd: string },
): Promise<void> {
  const shown = (folder: string) => path.relative(labels.cwd, folder) || '.'
  if (!existsSync(path.join(out, REPORT_FILE)))
    throw new UsageError(
      `no ${REPORT_FILE} in ${labels.out}, so it is no output folder: name the folder winnow clean wrote (winnow review OUT) and, from elsewhere, the folder it ran in (--root DIR)`,
    )
  const report = await readRunReport(out)
  const sources = report.inputs.map((input) => input.path)
  if (sources.length > 0 && !sources.some((source) => existsSync(path.resolve(root, source))))
    throw new UsageError(
      `none of the ${sources.length} sources in ${labels.out}/${REPORT_FILE} is under ${shown(root)}: run winnow review from the folder winnow clean ran in, or name it with --root DIR`,
    )
}
