import type { VFile } from 'vfile'
import { buildGroups, type Fingerprinted } from './canonical/build-groups.js'
import type { CanonicalArticle } from './canonical/canonical-article.js'
import { findBoilerplate, REPEATED_BOILERPLATE_RULE } from './canonical/repeated-boilerplate.js'
import { reportBoilerplate } from './canonical/report-boilerplate.js'
import { fingerprint, groupFingerprints } from './dedupe/index.js'
import { type ResolvedOptions, resolveOptions, type WinnowOptions } from './options.js'
import { type ProcessedFile, processFile } from './process-file.js'
import { findInputs } from './read/find-inputs.js'
import { buildReport } from './write/build-report.js'
import { renderOutputs } from './write/render-outputs.js'
import type { RunReport } from './write/run-report.js'

export interface RunResult {
  readonly options: ResolvedOptions
  /** Every input's vfile, with its removal messages and any error. */
  readonly files: readonly VFile[]
  readonly articles: readonly CanonicalArticle[]
  readonly report: RunReport
  /** Output file name (relative to the output folder) → bytes to write. */
  readonly outputs: ReadonlyMap<string, string>
}

/**
 * A winnow run, stage by stage:
 * find inputs → per file (read → parse → clean → structure) → fingerprint →
 * dedupe → canonical → render. Nothing is written here: see `writeRun`.
 */
export async function runWinnow(options: WinnowOptions = {}): Promise<RunResult> {
  const resolved = resolveOptions(options)

  // 1. Read: expand the inputs; the output folder is never read.
  const found = await findInputs(resolved.inputs, { cwd: resolved.cwd, exclude: [resolved.out] })

  // 2. Per file: read → parse → clean → structure. A failing file is reported and the rest go on.
  const processed: ProcessedFile[] = []
  for (const file of found.files) processed.push(await processFile(file, resolved))

  // 3. Fingerprint the cleaned body text of every article.
  const articles: Fingerprinted[] = []
  for (const item of processed) {
    if (item.status !== 'ok' || !item.record || !item.sha256) continue
    articles.push({
      path: item.path,
      sha256: item.sha256,
      record: item.record,
      fingerprint: fingerprint(item.record.text),
    })
  }

  // 4. Dedupe: group near-identical copies.
  const groups = groupFingerprints(
    articles.map((article) => article.fingerprint),
    { threshold: resolved.threshold },
  )

  // 5. Canonical: drop paragraphs repeated across 3+ groups, then one article per group.
  const boilerplate = resolved.policy.disabled.has(REPEATED_BOILERPLATE_RULE)
    ? new Set<string>()
    : findBoilerplate(groups.map((indices) => indices.flatMap((index) => articles[index] ?? [])))
  reportBoilerplate(
    processed.flatMap((item) => (item.record ? [{ record: item.record, file: item.file }] : [])),
    boilerplate,
  )
  const canonical = buildGroups(articles, groups, {
    canonical: resolved.canonical,
    threshold: resolved.threshold,
    boilerplate,
  })

  // 6. Render: the group files and the report.
  const report = buildReport({ processed, missing: found.missing, articles: canonical })
  const outputs = renderOutputs(canonical, report)

  return {
    options: resolved,
    files: processed.map((item) => item.file),
    articles: canonical,
    report,
    outputs,
  }
}
