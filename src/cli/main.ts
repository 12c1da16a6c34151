import { UsageError } from '../options.js'
import { importGradually } from '../run/import-gradually.js'
import { cleanUsage } from './clean-usage.js'
import { EXIT } from './exit-codes.js'
import type { CommandIo } from './io.js'

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>

/** Each command's module is loaded when it runs: a run loads only what it uses. */
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  clean: async () =>
    (
      await importGradually<typeof import('./clean-command.js')>(
        new URL('./clean-command.js', import.meta.url),
      )
    ).cleanCommand,
  explain: async () => (await import('./explain-command.js')).explainCommand,
  review: async () => (await import('./review-command.js')).reviewCommand,
  worker: async () => (await import('./worker-command.js')).workerCommand,
}

const usage = `Usage: winnow <command> [options]

Commands:
  clean    clean, dedupe and write canonical articles (winnow clean --help)
  explain  print every removal in FILE... with its rule and position (winnow explain --help)
  review   write .winnow/review.html, a page for editors to review a run (winnow review --help)
  worker   process the jobs of \`winnow clean --queue\` runs (winnow worker --help)

${cleanUsage}`

/** Run the CLI and return its exit code. The only code that knows about argv. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage)
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const load = commands[name]
  if (!load) {
    io.stderr(`winnow: unknown command '${name}'\n\n${usage}`)
    return EXIT.usage
  }
  try {
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`winnow: ${error instanceof Error ? error.message : String(error)}\n`)
      return EXIT.usage
    }
    throw error
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  )
}
