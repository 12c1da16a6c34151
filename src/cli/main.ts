import { UsageError } from '../messages/usage-error.js'
import { importGradually } from '../run/import-gradually.js'
import { suggestion } from './did-you-mean.js'
import { EXIT } from './exit-codes.js'
import type { CommandIo } from './io.js'
import { winnowVersion } from './version.js'

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>

interface CommandEntry {
  /** One line for `winnow help`. */
  readonly summary: string
  /** The command's module is loaded when it runs: a run loads only what it uses. */
  readonly load: () => Promise<Command>
}

const commands: Readonly<Record<string, CommandEntry>> = {
  clean: {
    summary: 'clean, dedupe and write canonical articles',
    load: async () =>
      (
        await importGradually<typeof import('./clean-command.js')>(
          new URL('./clean-command.js', import.meta.url),
        )
      ).cleanCommand,
  },
  explain: {
    summary: 'print every removal in FILE... with its rule and position',
    load: async () => (await import('./explain-command.js')).explainCommand,
  },
  review: {
    summary: 'write .winnow/review.html, a page for editors to review a run',
    load: async () => (await import('./review-command.js')).reviewCommand,
  },
  worker: {
    summary: 'process the jobs of `winnow clean --queue` runs',
    load: async () => (await import('./worker-command.js')).workerCommand,
  },
}

const names = Object.keys(commands)

export const usage = `Usage: winnow <command> [options]

Commands:
${names.map((name) => `  ${name.padEnd(8)} ${commands[name]?.summary ?? ''}`).join('\n')}
  help     print this help, or a command's: winnow help COMMAND

Options:
  -h, --help     print help (also after a command: winnow clean --help)
  -v, --version  print winnow's version

Start with: winnow clean INPUT --out OUT
`

/** Run the CLI and return its exit code. The only code that knows about argv. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) {
      io.stderr(usage)
      return EXIT.usage
    }
    if (name === '--help' || name === '-h') {
      io.stdout(usage)
      return EXIT.ok
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${winnowVersion()}\n`)
      return EXIT.ok
    }
    if (name === 'help') return await help(rest, io)
    const command = await lookUp(name).load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`winnow: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }
}

/** `winnow help [COMMAND]`: the same text as `--help`, on stdout. */
async function help(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...extra] = argv
  if (extra.length > 0) throw new UsageError('help takes one command name (winnow help COMMAND)')
  if (name === undefined || name === 'help') {
    io.stdout(usage)
    return EXIT.ok
  }
  return (await lookUp(name).load())(['--help'], io)
}

function lookUp(name: string): CommandEntry {
  const entry = commands[name]
  if (entry) return entry
  const kind = name.startsWith('-') ? 'option' : 'command'
  const known = kind === 'option' ? ['--help', '--version'] : [...names, 'help']
  throw new UsageError(
    `unknown ${kind} '${name}'${suggestion(name, known)} (winnow help lists the commands)`,
  )
}
