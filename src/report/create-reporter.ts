import { UsageError } from '../messages/usage-error.js'
import { humanReporter } from './human-reporter.js'
import { jsonReporter } from './json-reporter.js'
import { isReporterName, REPORTER_NAMES, type Reporter, type ReporterContext } from './reporter.js'

/** The reporter named by `--reporter`. */
export function createReporter(name: string, context: ReporterContext): Reporter {
  if (!isReporterName(name))
    throw new UsageError(`--reporter must be one of ${REPORTER_NAMES.join(', ')}, got '${name}'`)
  return name === 'json' ? jsonReporter(context) : humanReporter(context)
}
