import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Explained, explainFile } from '../explain/explain-file.js'
import { resolveOptions } from '../options.js'
import { processFile } from '../process-file.js'
import { findInputs } from '../read/find-inputs.js'
import { EXIT } from './exit-codes.js'
import { formatExplanation } from './explain-format.js'
import type { CommandIo } from './io.js'
import { parseCommandArgs } from './parse-command-args.js'
import { disabledFromFlags, policyFlags, policyFromFlags, policyUsage } from './policy-flags.js'

export const explainUsage = `Usage: winnow explain FILE... [--format text|json]

Print every removal winnow makes in each file, with its position, rule id,
reason and a preview of what went. Writes nothing.

  --format text|json  output format (default: text)
${policyUsage}`

/** `winnow explain`: the audit trail of the cleaning rules, per file. */
export async function explainCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', argv, {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false },
    ...policyFlags,
  })
  if (values.help) {
    io.stdout(explainUsage)
    return EXIT.ok
  }
  if (positionals.length === 0 || (values.format !== 'text' && values.format !== 'json')) {
    io.stderr(`winnow: explain needs FILE... and --format text or json\n\n${explainUsage}`)
    return EXIT.usage
  }
  const options = resolveOptions({
    cwd: io.cwd,
    inputs: positionals,
    // Nothing is written; the output folder only has to lie outside the inputs.
    out: path.join(tmpdir(), 'winnow-explain-writes-nothing'),
    policy: await policyFromFlags(values, io.cwd),
    ...disabledFromFlags(values),
  })
  const found = await findInputs(options.inputs, { cwd: options.cwd, exclude: [] })
  const explained: Explained[] = []
  for (const file of found.files) explained.push(explainFile(await processFile(file, options)))
  for (const missing of found.missing) io.stderr(`winnow: ${missing.path}: ${missing.reason}\n`)

  io.stdout(
    values.format === 'json'
      ? `${JSON.stringify(explained, null, 2)}\n`
      : formatExplanation(explained),
  )
  const failed = explained.some((entry) => entry.status === 'error') || found.missing.length > 0
  return failed ? EXIT.inputErrors : EXIT.ok
}
