import type { ResolvedOptions } from '../options.js'
import type { ReportCluster, ReportInput, RunReport } from '../write/run-report.js'
import { type GroupAtCommit, groupChange, type SinceComparison } from './compare-since.js'
import { markdownToHtml, markdownToText } from './markdown-to-html.js'
import { isSafeSlug, readGroupJson, readGroupMarkdown } from './read-output.js'
import type { ReviewGroup, ReviewInputProblem, ReviewModel } from './review-model.js'
import { type RecordedSource, reviewSource } from './review-source.js'

/**
 * Everything the review page shows, from an output folder and its report:
 * per group the canonical article rendered, and every source cleaned again
 * with its removals marked. `options.cwd` is where the sources' paths start.
 */
export async function buildReview(
  out: string,
  report: RunReport,
  options: ResolvedOptions,
  since?: SinceComparison,
): Promise<ReviewModel> {
  const inputs = new Map(report.inputs.map((input) => [input.path, input]))
  const groups: ReviewGroup[] = []
  for (const cluster of report.clusters) {
    const group = await reviewGroup(out, cluster, inputs, options)
    const change = since && (await groupChange(out, cluster.slug, since.groups.get(cluster.slug)))
    groups.push(change ? { ...group, change } : group)
  }
  if (since) {
    const now = new Set(report.clusters.map((cluster) => cluster.slug))
    for (const [slug, before] of [...since.groups].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (!now.has(slug)) groups.push(removedGroup(slug, before, since.ref))
  }
  const problems: ReviewInputProblem[] = report.inputs.flatMap((input) =>
    input.status === 'ok'
      ? []
      : [{ path: input.path, status: input.status, reason: input.reason ?? '' }],
  )
  const count = (status: string) => report.inputs.filter((input) => input.status === status).length
  return {
    inputs: report.inputs.length,
    ok: count('ok'),
    skipped: count('skipped'),
    failed: count('error'),
    problems,
    groups,
    ...(since ? { since: { ref: since.ref, commit: since.commit } } : {}),
  }
}

/** A group the output folder held at the compared commit and holds no more, shown as it was. */
function removedGroup(slug: string, before: GroupAtCommit, ref: string): ReviewGroup {
  let title: unknown
  try {
    title = (JSON.parse(before.json ?? '{}') as { title?: unknown }).title
  } catch {
    title = undefined
  }
  return {
    slug,
    title: typeof title === 'string' ? title : slug,
    titleVariants: [],
    notes: [
      `Removed: the output folder held this group at ${ref} and holds it no more. Its article is shown as it was.`,
    ],
    ...(before.markdown === undefined
      ? {}
      : {
          canonicalHtml: markdownToHtml(before.markdown),
          articleText: markdownToText(before.markdown),
        }),
    sources: [],
    change: { status: 'removed' },
  }
}

async function reviewGroup(
  out: string,
  cluster: ReportCluster,
  inputs: ReadonlyMap<string, ReportInput>,
  options: ResolvedOptions,
): Promise<ReviewGroup> {
  const notes: string[] = []
  const safe = isSafeSlug(cluster.slug)
  if (!safe) notes.push('The slug in report.json is not a winnow slug: its files are not read.')
  const json = safe ? await readGroupJson(out, cluster.slug) : undefined
  const markdown = safe ? await readGroupMarkdown(out, cluster.slug) : undefined
  if (json && !json.ok) notes.push(json.note)
  if (markdown && !markdown.ok) notes.push(markdown.note)
  const article = json?.ok ? json.value : undefined
  const recordedSources = article && Array.isArray(article.sources) ? article.sources : []

  const sources = []
  for (const [index, member] of cluster.members.entries()) {
    const recorded = recordedSources.find((source) => source.path === member.path)
    const removed = inputs.get(member.path)?.removed
    const entry: RecordedSource = {
      path: member.path,
      canonical: index === 0,
      similarity: member.similarity,
      ...(recorded?.title === undefined ? {} : { title: recorded.title }),
      ...(recorded?.sha256 === undefined ? {} : { sha256: recorded.sha256 }),
      ...(removed === undefined ? {} : { removed }),
    }
    sources.push(await reviewSource(entry, options))
  }
  const title = article?.title ?? sources[0]?.title ?? cluster.slug
  return {
    slug: cluster.slug,
    title: String(title),
    titleVariants: Array.isArray(article?.titleVariants) ? article.titleVariants.map(String) : [],
    ...(article?.kind === undefined ? {} : { kind: String(article.kind) }),
    ...(article?.date === undefined ? {} : { date: String(article.date) }),
    notes,
    ...(markdown?.ok
      ? {
          canonicalHtml: markdownToHtml(markdown.value),
          articleText: markdownToText(markdown.value),
        }
      : {}),
    sources,
  }
}
