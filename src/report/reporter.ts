import type { VFile } from 'vfile'
import type { Environment } from './ci-environment.js'
import type { RunSummary } from './run-summary.js'

/** Reports a `winnow clean` run as it goes and when it ends. */
export interface Reporter {
  /** `done` of `total` inputs are processed. */
  onFileDone(done: number, total: number): void
  /** The run is over: print the summary. `files` are the inputs' vfiles, with their messages. */
  finish(summary: RunSummary, files: readonly VFile[]): void
}

/** What a reporter may touch: handed in by the CLI, so reporters are testable. */
export interface ReporterContext {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Environment
  /** Whether stderr is a terminal (a progress bar is drawn only then). */
  readonly stderrIsTTY: boolean
  /** Width of the terminal, when known. */
  readonly columns?: number | undefined
  /** `--quiet`: print errors only. */
  readonly quiet: boolean
  /** Milliseconds clock; default `performance.now`. */
  readonly now?: () => number
}

export const REPORTER_NAMES = ['human', 'json'] as const
export type ReporterName = (typeof REPORTER_NAMES)[number]

export function isReporterName(value: string): value is ReporterName {
  return (REPORTER_NAMES as readonly string[]).includes(value)
}
