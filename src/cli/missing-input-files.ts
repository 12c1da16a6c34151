import { VFile } from 'vfile'
import type { RunReport } from '../write/run-report.js'

/**
 * A vfile with a fatal message for each input path that failed before it was
 * read (a path or glob that matches nothing): reporters print it with the
 * failed files, naming the path.
 */
export function missingInputFiles(report: RunReport, files: readonly VFile[]): VFile[] {
  const read = new Set(files.map((file) => file.path))
  return report.inputs.flatMap((input) => {
    if (input.status !== 'error' || read.has(input.path)) return []
    const file = new VFile({ path: input.path })
    const message = file.message(input.reason ?? 'could not be read', {
      ruleId: 'input-error',
      source: 'winnow',
    })
    message.fatal = true
    return [file]
  })
}
