import { VFile } from 'vfile'

/** The rule id of the message that says why an input failed. */
const INPUT_ERROR_RULE = 'input-error'

/**
 * The vfiles to print after a run: every input with a warning or an error,
 * where an input's failure prints as an error, not a warning.
 */
export function problemFiles(files: readonly VFile[]): VFile[] {
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
  return shown
}
