import { estimateSimilarity, type Fingerprint } from '../dedupe/index.js'
import { compareStrings } from '../read/find-inputs.js'
import type { ArticleRecord } from '../types.js'
import { assignSlugs } from './assign-slugs.js'
import type { ArticleSource } from './canonical-article.js'
import { type CanonicalPolicy, chooseCanonical } from './choose-canonical.js'
import type { PlannedGroup } from './planned-group.js'
import type { RecordSummary } from './record-summary.js'
import type { BoilerplatePlan } from './repeated-boilerplate.js'

export interface Fingerprinted {
  readonly path: string
  readonly sha256: string
  readonly record: RecordSummary
  /**
   * The whole record, held only when it could not be kept on disk;
   * otherwise it is loaded back when the group's files are written.
   */
  readonly whole?: ArticleRecord
  /** Characters of the record's plain text (for `--canonical longest`). */
  readonly length: number
  readonly fingerprint: Fingerprint
}

export interface BuildGroupsOptions {
  readonly canonical: CanonicalPolicy
  /** Least similarity to the canonical member; members below it form groups of their own. */
  readonly threshold: number
  /** Per input path, keys of paragraphs to drop from its canonical article (see repeated-boilerplate.ts). */
  readonly boilerplate: BoilerplatePlan
}

/** Digits kept of a similarity, so that output is byte-stable. */
const SIMILARITY_DIGITS = 3

/**
 * Turn groups of input indices into planned groups: pick each group's
 * canonical member, measure every member against it, and give each group a
 * slug. Groups come out ordered by their canonical member's path. No record
 * body is needed: each canonical article is built when its files are
 * written (see `buildArticle`).
 */
export function buildGroups(
  inputs: readonly Fingerprinted[],
  groups: readonly (readonly number[])[],
  options: BuildGroupsOptions,
): PlannedGroup[] {
  const built = splitChains(inputs, groups, options).map(({ canonical, members }) => {
    const sources: ArticleSource[] = members
      .map((member) => ({
        path: member.path,
        title: member.record.title,
        ...(member.record.date === undefined ? {} : { date: member.record.date }),
        ...(member.record.url === undefined ? {} : { url: member.record.url }),
        sha256: member.sha256,
        similarity:
          member === canonical
            ? 1
            : round(estimateSimilarity(canonical.fingerprint, member.fingerprint)),
      }))
      .sort((a, b) =>
        a.path === canonical.path
          ? -1
          : b.path === canonical.path
            ? 1
            : compareStrings(a.path, b.path),
      )
    const titleVariants = [...new Set(sources.map((source) => source.title))]
      .filter((title) => title !== canonical.record.title)
      .sort()
    return { canonical, sources, titleVariants }
  })
  built.sort((a, b) => compareStrings(a.canonical.path, b.canonical.path))
  const slugs = assignSlugs(
    built.map(({ canonical }) => ({
      title: canonical.record.title,
      url: canonical.record.url,
      sha256: canonical.sha256,
    })),
  )
  return built.map((group, index) => ({
    slug: slugs[index] ?? 'article',
    canonical: group.canonical,
    boilerplate: boilerplateKeys(options.boilerplate, group.canonical.path),
    titleVariants: group.titleVariants,
    sources: group.sources,
  }))
}

/**
 * Union-find joins copies of copies, so a group can chain articles that are
 * far apart. Each group is split until every member is within the threshold
 * of its canonical member: take the canonical member of what is left, keep
 * the members close to it, repeat with the rest.
 */
function splitChains(
  inputs: readonly Fingerprinted[],
  groups: readonly (readonly number[])[],
  options: BuildGroupsOptions,
): { canonical: Fingerprinted; members: Fingerprinted[] }[] {
  const out: { canonical: Fingerprinted; members: Fingerprinted[] }[] = []
  for (const indices of groups) {
    let left = indices
      .map((index) => inputs[index])
      .filter((member): member is Fingerprinted => member !== undefined)
    while (left.length > 0) {
      const canonical = chooseCanonical(
        left.map((member) => ({
          member,
          path: member.path,
          length: member.length,
          ...(member.record.date === undefined ? {} : { date: member.record.date }),
        })),
        options.canonical,
      ).member
      const close = left.filter(
        (member) =>
          member === canonical ||
          estimateSimilarity(canonical.fingerprint, member.fingerprint) >= options.threshold,
      )
      out.push({ canonical, members: close })
      left = left.filter((member) => !close.includes(member))
    }
  }
  return out
}

const noKeys: ReadonlySet<string> = new Set()

function boilerplateKeys(plan: BoilerplatePlan, path: string): ReadonlySet<string> {
  const found = plan.get(path)
  return found === undefined || found.size === 0 ? noKeys : new Set(found.keys())
}

function round(value: number): number {
  const factor = 10 ** SIMILARITY_DIGITS
  return Math.round(value * factor) / factor
}
