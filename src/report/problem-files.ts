import { VFile } from 'vfile'
import type { RunSummary } from './run-summary.js'

/** The rule id of the message that says why an input failed. */
const INPUT_ERROR_RULE = 'input-error'

/**
 * The vfiles to print after a run: every input with a warning or an error,
 * where an input's failure prints as an error (not a warning), and an input
 * path that matched nothing (it has no vfile) gets one of its own.
 */
export function problemFiles(summary: RunSummary, files: readonly VFile[]): VFile[] {
  const shown: VFile[] = []
  for (const file of files) {
    const messages = file.messages.filter((message) => message.fatal !== undefined)
    if (messages.length === 0) continue
    const copy = new VFile({ path: file.path })
    for (const message of messages) {
      const fatal = message.fatal === true || message.ruleId === INPUT_ERROR_RULE
      copy.messages.push(Object.assign(Object.create(message) as typeof message, { fatal }))
    }
    shown.push(copy)
  }
  const known = new Set(files.map((file) => file.path))
  for (const error of summary.errors) {
    if (known.has(error.path)) continue
    const file = new VFile({ path: error.path })
    const message = file.message(error.reason, { ruleId: INPUT_ERROR_RULE, source: 'winnow' })
    message.fatal = true
    shown.push(file)
  }
  return shown
}
