import { isGitHubActions } from './ci-environment.js'
import { formatAnnotations } from './github-annotations.js'
import type { Reporter, ReporterContext } from './reporter.js'

/**
 * `--reporter json`: one JSON document (the run summary) on stdout, nothing
 * else there. GitHub annotations, when wanted, go to stderr.
 */
export function jsonReporter(context: ReporterContext): Reporter {
  return {
    onFileDone() {},
    finish(summary) {
      if (isGitHubActions(context.env)) context.stderr(formatAnnotations(summary))
      context.stdout(`${JSON.stringify(summary, null, 2)}\n`)
    },
  }
}
