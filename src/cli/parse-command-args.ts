import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from '../options.js'
import { suggestion } from './did-you-mean.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** What `parseArgs` returns for these options, with positionals. */
export type ParsedCommandArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T }>
>

/**
 * `parseArgs` with winnow's usage errors: an unknown option is named on one
 * line with the closest known one, and where to read the command's flags.
 */
export function parseCommandArgs<const T extends Options>(
  command: string,
  argv: readonly string[],
  options: T,
): ParsedCommandArgs<T> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options })
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error)) throw error
    const help = `(winnow ${command} --help lists them)`
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const typed = /'(-[^']*)'/.exec(error.message)?.[1] ?? ''
      const known = Object.entries(options).flatMap(([name, option]) => [
        `--${name}`,
        ...(option.short === undefined ? [] : [`-${option.short}`]),
      ])
      throw new UsageError(
        `unknown option '${typed}' for ${command}${suggestion(typed.split('=')[0] ?? typed, known)} ${help}`,
      )
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`${lowerFirst(error.message.replace(/\.$/, ''))} ${help}`)
    throw error
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
