import type { InputStatus } from '../types.js'

export const REPORT_FILE = 'report.json'

export interface ReportInput {
  readonly path: string
  readonly status: InputStatus
  readonly reason?: string
  readonly cluster?: string
  /** Removals per rule id, keys sorted. */
  readonly removed?: Readonly<Record<string, number>>
}

export interface ReportCluster {
  readonly slug: string
  readonly canonical: string
  readonly members: readonly { readonly path: string; readonly similarity: number }[]
}

/** `OUT/report.json`: every input with its outcome, and every group. */
export interface RunReport {
  readonly schemaVersion: number
  readonly inputs: readonly ReportInput[]
  readonly clusters: readonly ReportCluster[]
}
