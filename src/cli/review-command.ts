import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { resolveOptions } from '../options.js'
import { REVIEW_FILE, writeReviewPage } from '../review/write-review.js'
import { EXIT } from './exit-codes.js'
import type { CommandIo } from './io.js'
import { policyFlags, policyFromFlags, policyUsage } from './policy-flags.js'

export const reviewUsage = `Usage: winnow review [OUT] [--root DIR]

Write OUT/${REVIEW_FILE}: one self-contained page for editors to review a run.
Per group it shows the canonical article, every source with the removed blocks
marked in place with their rule ids, similarities and title variants. The
page loads nothing from the network.

  OUT             output folder of winnow clean, with report.json (default: output)
  --root DIR      folder the source paths in report.json start from (default: .)
  --disable RULE  turn a rule off (repeatable), as for winnow clean
${policyUsage}`

/** `winnow review`: clean the sources named by OUT/report.json again and write the review page. */
export async function reviewCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      root: { type: 'string' },
      disable: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...policyFlags,
    },
  })
  if (values.help) {
    io.stdout(reviewUsage)
    return EXIT.ok
  }
  if (positionals.length > 1) {
    io.stderr(`winnow: review takes one output folder\n\n${reviewUsage}`)
    return EXIT.usage
  }
  const out = path.resolve(io.cwd, positionals[0] ?? 'output')
  const root = path.resolve(io.cwd, values.root ?? '.')
  const options = resolveOptions({
    cwd: root,
    // Nothing is written but the page; the output folder only has to lie outside the inputs.
    out: path.join(tmpdir(), 'winnow-review-writes-nothing'),
    policy: await policyFromFlags(values, io.cwd),
    ...(values.disable === undefined ? {} : { disabledRules: values.disable }),
  })
  const { file, model } = await writeReviewPage(out, options)
  const sources = model.groups.flatMap((group) => group.sources)
  const unavailable = sources.filter(
    (source) => source.status === 'missing' || source.status === 'unreadable',
  )
  const changed = sources.filter((source) => source.status === 'changed')
  io.stdout(
    `winnow: wrote ${path.relative(io.cwd, file) || file} (${model.groups.length} groups, ${sources.length} sources, ${unavailable.length} missing or unreadable, ${changed.length} changed since the run)\n`,
  )
  return EXIT.ok
}
