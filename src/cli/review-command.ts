import { tmpdir } from 'node:os'
import path from 'node:path'
import { resolveOptions } from '../options.js'
import { REVIEW_FILE, REVIEW_FOLDER, writeReviewPage } from '../review/write-review.js'
import { checkReviewFolders } from './check-review-folders.js'
import { EXIT } from './exit-codes.js'
import type { CommandIo } from './io.js'
import { parseCommandArgs } from './parse-command-args.js'
import { disabledFromFlags, policyFlags, policyFromFlags, policyUsage } from './policy-flags.js'

const defaultFile = `${REVIEW_FOLDER}/${REVIEW_FILE}`

export const reviewUsage = `Usage: winnow review [OUT] [--root DIR] [--out FILE] [--since [REF]]

Write one self-contained page for editors to review a run: per group the
canonical article, every source with what winnow removed marked in place
(HTML sources as rendered text, with a toggle to the raw source), what
extraction dropped, similarities, title variants, and search over titles,
slugs, rule ids and article text. The page loads nothing from the network
until the editor asks for image thumbnails (https only).

  OUT             output folder of winnow clean, with report.json (default: output)
  --out FILE      where to write the page (default: ${defaultFile}, with a
                  .gitignore); never inside OUT, which is committed
  --since [REF]   mark the groups that are new, changed or removed since OUT's
                  state at git REF (default: HEAD), with a word diff of each
                  changed article; write --since=REF when OUT follows
  --root DIR      folder the source paths in report.json start from (default: .)
${policyUsage}`

/** `--since` with no value (last, or before another flag) means `--since=HEAD`. */
function sinceDefault(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    const next = argv[index + 1]
    return arg === '--since' && (next === undefined || next.startsWith('-')) ? '--since=HEAD' : arg
  })
}

/** `winnow review`: clean the sources named by OUT/report.json again and write the review page. */
export async function reviewCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('review', sinceDefault(argv), {
    root: { type: 'string' },
    out: { type: 'string' },
    since: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    ...policyFlags,
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
  await checkReviewFolders(out, root, { out: positionals[0] ?? 'output', cwd: io.cwd })
  const options = resolveOptions({
    cwd: root,
    // Nothing is written but the page; the output folder only has to lie outside the inputs.
    out: path.join(tmpdir(), 'winnow-review-writes-nothing'),
    policy: await policyFromFlags(values, io.cwd),
    ...disabledFromFlags(values),
  })
  const { file, model } = await writeReviewPage(out, options, {
    cwd: io.cwd,
    ...(values.out === undefined ? {} : { file: values.out }),
    ...(values.since === undefined ? {} : { since: values.since || 'HEAD' }),
  })
  const sources = model.groups.flatMap((group) => group.sources)
  const unavailable = sources.filter(
    (source) => source.status === 'missing' || source.status === 'unreadable',
  )
  const changed = sources.filter((source) => source.status === 'changed')
  const since = model.since
    ? `; since ${model.since.ref}: ${['new', 'changed', 'removed'].map((status) => `${model.groups.filter((group) => group.change?.status === status).length} ${status}`).join(', ')}`
    : ''
  io.stdout(
    `winnow: wrote ${path.relative(io.cwd, file) || file} (${model.groups.length} groups, ${sources.length} sources, ${unavailable.length} missing or unreadable, ${changed.length} changed since the run${since})\n`,
  )
  return EXIT.ok
}
