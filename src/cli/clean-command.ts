import { availableParallelism } from 'node:os'
import { DEFAULT_CACHE_DIR } from '../cache/outcome-cache.js'
import type { CanonicalPolicy } from '../canonical/choose-canonical.js'
import { resolveOptions, UsageError, type WinnowOptions } from '../options.js'
import { runWinnow } from '../pipeline.js'
import { createReporter } from '../report/create-reporter.js'
import { buildRunSummary } from '../report/run-summary.js'
import { checkOutputFolder } from '../write/check-output-folder.js'
import { OutputError, type OutputErrorKind } from '../write/output-error.js'
import { planOutputs } from '../write/plan-outputs.js'
import { writeOutputs } from '../write/write-outputs.js'
import { cacheLimitsFromFlags, pruneRunCache } from './cache-flags.js'
import { cleanUsage } from './clean-usage.js'
import { EXIT } from './exit-codes.js'
import { onInterrupt } from './interrupt.js'
import type { CommandIo } from './io.js'
import { missingInputFiles } from './missing-input-files.js'
import { parseCommandArgs } from './parse-command-args.js'
import { disabledFromFlags, policyFlags, policyFromFlags } from './policy-flags.js'

/** `winnow clean`: parse arguments, run the library, write or check, and choose the exit code. */
export async function cleanCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('clean', argv, {
    out: { type: 'string' },
    threshold: { type: 'string' },
    canonical: { type: 'string' },
    'max-bytes': { type: 'string' },
    jobs: { type: 'string' },
    'time-limit': { type: 'string' },
    queue: { type: 'string' },
    check: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    'cache-max-runs': { type: 'string' },
    'cache-max-size': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    reporter: { type: 'string', default: 'human' },
    help: { type: 'boolean', short: 'h', default: false },
    ...policyFlags,
  })
  if (values.help) {
    io.stdout(cleanUsage)
    return EXIT.ok
  }
  if (values.check && values['dry-run'])
    throw new UsageError('--check and --dry-run both write nothing: choose one')
  const threshold =
    values.threshold === undefined ? undefined : parseNumber('--threshold', values.threshold)
  const maxBytes =
    values['max-bytes'] === undefined ? undefined : parseNumber('--max-bytes', values['max-bytes'])
  const jobs =
    values.jobs === undefined ? availableParallelism() : parseNumber('--jobs', values.jobs)
  const timeLimit =
    values['time-limit'] === undefined
      ? undefined
      : parseNumber('--time-limit', values['time-limit'])
  const reporter = createReporter(values.reporter, {
    stdout: io.stdout,
    stderr: io.stderr,
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    quiet: values.quiet,
  })
  const cacheLimits = cacheLimitsFromFlags(values)
  const mode = values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'write'
  const interrupt = onInterrupt()
  try {
    const options: WinnowOptions = {
      inputs: positionals,
      cwd: io.cwd,
      policy: await policyFromFlags(values, io.cwd),
      ...(values.out === undefined ? {} : { out: values.out }),
      ...(threshold === undefined ? {} : { threshold }),
      ...(values.canonical === undefined ? {} : { canonical: values.canonical as CanonicalPolicy }),
      ...(maxBytes === undefined ? {} : { maxBytes }),
      jobs,
      // Per-file work runs in workers (time limit, memory cap) unless `--jobs 1` is explicit.
      isolate: values.jobs === undefined,
      ...(timeLimit === undefined ? {} : { timeLimit }),
      ...disabledFromFlags(values),
      ...(values['no-cache'] ? {} : { cacheDir: DEFAULT_CACHE_DIR }),
      ...(values.queue === undefined ? {} : { queue: { url: values.queue } }),
      onFileDone: (done, total) => reporter.onFileDone(done, total),
      signal: interrupt.signal,
    }
    // Before any input is processed: the output folder must be one winnow can write.
    if (mode !== 'check')
      await checkOutputFolder(resolveOptions(options).out, {
        create: mode === 'write',
        label: values.out ?? 'output',
      })
    const result = await runWinnow(options)

    // Each group's article is built from its record on disk as its files are
    // rendered; the records go once the outputs are written (or compared).
    const plan = await (mode === 'write'
      ? writeOutputs(result.options.out, result.outputs, { signal: interrupt.signal })
      : planOutputs(result.options.out, result.outputs)
    ).finally(result.close)
    // Only a run that writes prunes: a --dry-run or --check never evicts what other settings use.
    if (mode === 'write' && !values['no-cache'])
      await pruneRunCache(result, { cwd: io.cwd, dir: DEFAULT_CACHE_DIR, ...cacheLimits })
    const failed = result.report.inputs.some((input) => input.status === 'error')
    const changed = plan.write.length + plan.remove.length > 0
    const exitCode =
      mode === 'check' && changed ? EXIT.changed : failed ? EXIT.inputErrors : EXIT.ok
    reporter.finish(
      buildRunSummary({
        mode,
        report: result.report,
        files: result.files,
        plan,
        exitCode,
        ...(result.cache === undefined ? {} : { cache: result.cache }),
      }),
      [...result.files, ...missingInputFiles(result.report, result.files)],
    )
    return exitCode
  } catch (error) {
    const stopped = interrupt.exitCode()
    if (stopped !== undefined) {
      io.stderr(`winnow: stopped by a signal; the output folder is as it was before this run\n`)
      return stopped
    }
    if (error instanceof OutputError) {
      io.stderr(`winnow: ${error.message}\n`)
      return OUTPUT_EXIT[error.kind]
    }
    throw error
  } finally {
    interrupt.dispose()
  }
}

/** Exit code of each output-folder fault. */
const OUTPUT_EXIT: Readonly<Record<OutputErrorKind, number>> = {
  'cannot-create': EXIT.cannotCreate,
  io: EXIT.ioError,
  busy: EXIT.busy,
}

function parseNumber(flag: string, value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number))
    throw new UsageError(`${flag} takes a number, got '${value}'`)
  return number
}
