import { reporter as vfileReporter } from 'vfile-reporter'
import { isCi, isGitHubActions } from './ci-environment.js'
import { formatAnnotations } from './github-annotations.js'
import { problemFiles } from './problem-files.js'
import { ProgressBar } from './progress-bar.js'
import type { Reporter, ReporterContext } from './reporter.js'
import type { RunSummary } from './run-summary.js'

/**
 * The default reporter: a progress bar on stderr when it is a terminal and not
 * CI, each failed input on stderr, and a summary on stdout.
 */
export function humanReporter(context: ReporterContext): Reporter {
  const showBar = context.stderrIsTTY && !isCi(context.env) && !context.quiet
  const bar = showBar
    ? new ProgressBar(
        context.stderr,
        context.now ?? (() => performance.now()),
        context.columns ?? 80,
      )
    : undefined
  return {
    onFileDone(done, total) {
      bar?.update(done, total)
    },
    finish(summary, files) {
      bar?.clear()
      const problems = problemFiles(files)
      if (problems.length > 0) context.stderr(`${vfileReporter(problems, { quiet: true })}\n`)
      if (isGitHubActions(context.env)) context.stdout(formatAnnotations(summary))
      if (summary.mode === 'check') {
        const changed = summary.changed ?? []
        if (changed.length > 0)
          context.stderr(`winnow: output would change: ${changed.join(', ')}\n`)
        else if (!context.quiet)
          context.stdout(`winnow: output is up to date (${summary.groups} groups)\n`)
        return
      }
      if (summary.mode === 'dry-run' && !context.quiet) context.stdout(formatPlanned(summary))
      if (!context.quiet) context.stdout(formatHumanSummary(summary))
    },
  }
}

/** `--dry-run`: one line per output file that a run would write or remove. */
export function formatPlanned(summary: RunSummary): string {
  const planned = summary.planned ?? { write: [], remove: [] }
  const lines = [
    ...planned.write.map((name) => `would write ${name}`),
    ...planned.remove.map((name) => `would remove ${name}`),
  ]
  if (lines.length === 0) lines.push('output is up to date: nothing would be written')
  return `${lines.map((line) => `winnow: ${line}`).join('\n')}\n`
}

/** The summary lines: counts, then removals per rule (most first). */
export function formatHumanSummary(summary: RunSummary): string {
  const files =
    summary.mode === 'dry-run'
      ? `${summary.planned?.write.length ?? 0} files would be written, ${summary.planned?.remove.length ?? 0} removed`
      : `${summary.files.written} files written, ${summary.files.removed} removed`
  const cache = summary.cache
    ? `; cache: ${summary.cache.hits} reused, ${summary.cache.misses} processed`
    : ''
  const lines = [
    `winnow: ${summary.inputs} inputs (${summary.failed} failed, ${summary.skipped} skipped), ${summary.groups} groups, ${files}${cache}`,
  ]
  const removals = Object.entries(summary.removals).sort((a, b) => b[1] - a[1])
  const total = removals.reduce((sum, [, count]) => sum + count, 0)
  lines.push(
    total === 0
      ? 'winnow: no removals'
      : `winnow: ${total} removals: ${removals.map(([rule, count]) => `${rule} ${count}`).join(', ')}`,
  )
  return `${lines.join('\n')}\n`
}
