import type { RunSummary, SummaryProblem } from './run-summary.js'

/**
 * Escape an annotation's message as GitHub's runner decodes it
 * (actions/toolkit `escapeData`): `%`, CR and LF.
 */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape an annotation property (`file=…`): as the message, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command: `::error file=…,line=…,col=…::message`. */
export function formatAnnotation(level: 'error' | 'warning', problem: SummaryProblem): string {
  const properties = [`file=${escapeProperty(problem.path)}`]
  if (problem.line !== undefined) properties.push(`line=${problem.line}`)
  if (problem.column !== undefined) properties.push(`col=${problem.column}`)
  return `::${level} ${properties.join(',')}::${escapeData(problem.reason)}`
}

/** Error annotations for failed inputs, warning annotations for skipped ones, one per line. */
export function formatAnnotations(summary: RunSummary): string {
  const lines = [
    ...summary.errors.map((problem) => formatAnnotation('error', problem)),
    ...summary.warnings.map((problem) => formatAnnotation('warning', problem)),
  ]
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
