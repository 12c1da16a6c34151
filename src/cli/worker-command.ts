import { UsageError } from '../options.js'
import { redactUrl } from '../queue/queue-connection.js'
import { DEFAULT_LOCK_DURATION_MS } from '../queue/queue-limits.js'
import { startQueueWorker } from '../queue/queue-worker.js'
import { EXIT } from './exit-codes.js'
import type { CommandIo } from './io.js'
import { parseCommandArgs } from './parse-command-args.js'

export const workerUsage = `Usage: winnow worker --queue URL [--concurrency N]

Process the jobs of \`winnow clean --queue URL\` runs: take one input at a
time per slot, run the per-file stages (read, parse, clean, structure,
fingerprint) with the run's limits, and send the outcome back. Runs until
SIGTERM or SIGINT, then finishes the jobs in hand and exits. Start as many
as you like, on any machines that reach Redis (docs/many-machines.md).

  --queue URL          redis://[:PASSWORD@]HOST:PORT[/DB], or rediss:// for TLS
  --concurrency N      inputs processed at once, one thread each (default: 1)
  --lock-duration MS   how long a job stays with a worker that stopped
                       answering before another takes it (default: ${DEFAULT_LOCK_DURATION_MS})
  --quiet              print errors only

Only trusted writers may reach the queue: a job names its own settings.
`

/** `winnow worker`: start a queue worker and keep it until a signal. */
export async function workerCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('worker', argv, {
    queue: { type: 'string' },
    concurrency: { type: 'string' },
    'lock-duration': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  })
  if (values.help) {
    io.stdout(workerUsage)
    return EXIT.ok
  }
  if (positionals.length > 0)
    throw new UsageError(`worker takes no inputs, got '${positionals[0]}'`)
  if (values.queue === undefined) throw new UsageError('worker needs --queue URL')
  const concurrency = positiveInteger('--concurrency', values.concurrency ?? '1')
  const lockDuration = positiveInteger(
    '--lock-duration',
    values['lock-duration'] ?? String(DEFAULT_LOCK_DURATION_MS),
  )
  const log = (text: string) => {
    if (!values.quiet) io.stderr(text)
  }
  let lastError = ''
  const worker = await startQueueWorker({
    url: values.queue,
    concurrency,
    lockDuration,
    // A lost connection reports the same error at every retry: say it once.
    onError: (error) => {
      if (error.message === lastError) return
      lastError = error.message
      io.stderr(`winnow worker: ${error.message}\n`)
    },
  })
  log(`winnow worker: taking jobs from ${redactUrl(values.queue)}, ${concurrency} at a time\n`)
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve)
    process.once('SIGINT', resolve)
  })
  log('winnow worker: stopping after the jobs in hand\n')
  await worker.close()
  return EXIT.ok
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value)
  if (!(Number.isInteger(number) && number > 0))
    throw new UsageError(`${flag} takes a positive whole number, got '${value}'`)
  return number
}
