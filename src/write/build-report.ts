import { SCHEMA_VERSION } from '../canonical/canonical-article.js'
import { isRemoval } from '../messages/is-removal.js'
import { compareStrings } from '../read/find-inputs.js'
import type { ProcessedInput } from '../run/processed-input.js'
import { withoutTags } from './plain-text-fields.js'
import type { ReportCluster, ReportInput, RunReport } from './run-report.js'

interface PathNote {
  readonly path: string
  readonly reason: string
}

export interface ReportParts {
  readonly processed: readonly ProcessedInput[]
  /** Arguments that matched nothing: errors. */
  readonly missing: readonly PathNote[]
  /** Entries found but not read (symbolic links, pipes, unreadable folders). */
  readonly skipped?: readonly PathNote[]
  /** The groups: a `CanonicalArticle` or a `PlannedGroup`. */
  readonly articles: readonly ReportedGroup[]
}

export interface ReportedGroup {
  readonly slug: string
  /** Every member, the canonical one first. */
  readonly sources: readonly { readonly path: string; readonly similarity: number }[]
}

/**
 * Build report.json: every input with its status and removal counts, and every group.
 * A reason may quote its input (a YAML error quotes the front matter): it is
 * plain text with no tag, as the articles' plain-text fields are.
 */
export function buildReport(parts: ReportParts): RunReport {
  const clusterOf = new Map<string, string>()
  const clusters: ReportCluster[] = parts.articles.map((article) => {
    for (const source of article.sources) clusterOf.set(source.path, article.slug)
    return {
      slug: article.slug,
      canonical: article.sources[0]?.path ?? '',
      members: article.sources.map((source) => ({
        path: source.path,
        similarity: source.similarity,
      })),
    }
  })
  const inputs: ReportInput[] = parts.processed.map((item) => {
    const cluster = clusterOf.get(item.path)
    const removed = removalCounts(item)
    return {
      path: item.path,
      status: item.status,
      ...(item.reason === undefined ? {} : { reason: withoutTags(item.reason) }),
      ...(cluster === undefined ? {} : { cluster }),
      ...(Object.keys(removed).length === 0 ? {} : { removed }),
    }
  })
  for (const missing of parts.missing)
    inputs.push({ path: missing.path, status: 'error', reason: withoutTags(missing.reason) })
  for (const skipped of parts.skipped ?? [])
    inputs.push({ path: skipped.path, status: 'skipped', reason: withoutTags(skipped.reason) })
  inputs.sort((a, b) => compareStrings(a.path, b.path))
  return { schemaVersion: SCHEMA_VERSION, inputs, clusters }
}

/** The per-file stages' removal counts, plus removals later stages recorded on the vfile. */
function removalCounts(item: ProcessedInput): Record<string, number> {
  const counts = new Map(item.removed)
  for (const message of item.file.messages) {
    if (!isRemoval(message)) continue
    counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
  }
  return Object.fromEntries([...counts].sort((a, b) => compareStrings(a[0], b[0])))
}
