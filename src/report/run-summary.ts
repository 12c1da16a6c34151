import type { VFile } from 'vfile'
import type { CacheStats } from '../cache/cached-outcomes.js'
import type { OutputPlan } from '../write/plan-outputs.js'
import type { RunReport } from '../write/run-report.js'

/** An input that failed (an error) or was skipped (a warning), with where, when known. */
export interface SummaryProblem {
  readonly path: string
  readonly reason: string
  readonly line?: number
  readonly column?: number
}

/** What a `winnow clean` run did, for reporters: counts, removals per rule, problems. */
export interface RunSummary {
  /**
   * `write` writes the output; `check` only compares it; `dry-run` only
   * lists what `write` would do.
   */
  readonly mode: 'write' | 'check' | 'dry-run'
  readonly inputs: number
  readonly ok: number
  readonly skipped: number
  readonly failed: number
  readonly groups: number
  /** Removals per rule id over every input, keys sorted. */
  readonly removals: Readonly<Record<string, number>>
  /** Output files written and removed (both 0 unless in `write` mode). */
  readonly files: { readonly written: number; readonly removed: number }
  /** `check` mode: the output files that would change. */
  readonly changed?: readonly string[]
  /** `dry-run` mode: the output files a run would write and remove. */
  readonly planned?: { readonly write: readonly string[]; readonly remove: readonly string[] }
  /** Inputs taken from the cache (hits) and processed (misses), when the cache is on. */
  readonly cache?: CacheStats
  readonly errors: readonly SummaryProblem[]
  readonly warnings: readonly SummaryProblem[]
  readonly exitCode: number
}

export interface SummaryParts {
  readonly mode: RunSummary['mode']
  readonly report: RunReport
  /** Every input's vfile: positions of failures are taken from their messages. */
  readonly files: readonly VFile[]
  readonly plan: OutputPlan
  readonly exitCode: number
  readonly cache?: CacheStats
}

/** Summarize a run from its report, its vfiles and the output plan. */
export function buildRunSummary(parts: SummaryParts): RunSummary {
  const { report, plan } = parts
  const removals = new Map<string, number>()
  const errors: SummaryProblem[] = []
  const warnings: SummaryProblem[] = []
  for (const input of report.inputs) {
    for (const [ruleId, count] of Object.entries(input.removed ?? {}))
      removals.set(ruleId, (removals.get(ruleId) ?? 0) + count)
    if (input.status === 'ok') continue
    const problem = withPlace(
      { path: input.path, reason: input.reason ?? input.status },
      parts.files.find((file) => file.path === input.path),
    )
    ;(input.status === 'error' ? errors : warnings).push(problem)
  }
  const count = (status: string) => report.inputs.filter((input) => input.status === status).length
  const changed = [...plan.write, ...plan.remove]
  return {
    mode: parts.mode,
    inputs: report.inputs.length,
    ok: count('ok'),
    skipped: count('skipped'),
    failed: count('error'),
    groups: report.clusters.length,
    removals: Object.fromEntries(
      [...removals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    ),
    files:
      parts.mode === 'write'
        ? { written: plan.write.length, removed: plan.remove.length }
        : { written: 0, removed: 0 },
    ...(parts.mode === 'check' ? { changed } : {}),
    ...(parts.mode === 'dry-run' ? { planned: { write: plan.write, remove: plan.remove } } : {}),
    ...(parts.cache === undefined ? {} : { cache: parts.cache }),
    errors,
    warnings,
    exitCode: parts.exitCode,
  }
}

/** Add the line and column of the file's first positioned failure message, if any. */
function withPlace(problem: SummaryProblem, file: VFile | undefined): SummaryProblem {
  const message = file?.messages.find(
    (candidate) => candidate.fatal !== undefined && candidate.line !== undefined,
  )
  if (message?.line === undefined) return problem
  return {
    ...problem,
    line: message.line,
    ...(message.column === undefined ? {} : { column: message.column }),
  }
}
