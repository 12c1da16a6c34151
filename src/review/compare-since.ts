import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { diffWordsWithSpace } from 'diff'
import { filesAtCommit, resolveCommit } from './git-files.js'
import { isSafeSlug } from './read-output.js'
import type { DiffPart, ReviewChange, ReviewSince } from './review-model.js'

/** A group's files in the output folder at the compared commit. */
export interface GroupAtCommit {
  readonly markdown?: string
  readonly json?: string
}

export interface SinceComparison extends ReviewSince {
  /** Every group (by slug) the output folder held at the commit. */
  readonly groups: ReadonlyMap<string, GroupAtCommit>
}

/**
 * The output folder as it was at git `ref`: its groups' `<slug>.md` and
 * `<slug>.json`. A folder outside git, or a ref that names no commit, is a
 * usage error that says so.
 */
export async function compareSince(out: string, ref: string): Promise<SinceComparison> {
  const folder = path.resolve(out)
  const commit = await resolveCommit(folder, ref)
  const files = await filesAtCommit(folder, commit)
  const groups = new Map<string, { markdown?: string; json?: string }>()
  for (const [name, bytes] of files) {
    const match = /^(.+)\.(md|json)$/.exec(name)
    const slug = match?.[1]
    if (!slug || !isSafeSlug(slug) || name === 'report.json') continue
    const group = groups.get(slug) ?? {}
    if (match[2] === 'md') group.markdown = bytes.toString('utf8')
    else group.json = bytes.toString('utf8')
    groups.set(slug, group)
  }
  return { ref, commit, groups }
}

/** How a group now in the output folder differs from its state at the commit; undefined when it does not. */
export async function groupChange(
  out: string,
  slug: string,
  before: GroupAtCommit | undefined,
): Promise<ReviewChange | undefined> {
  if (before === undefined) return { status: 'new' }
  const [markdown, json] = await Promise.all(
    ['md', 'json'].map((extension) =>
      readFile(path.join(out, `${slug}.${extension}`), 'utf8').catch(() => undefined),
    ),
  )
  if (markdown === before.markdown && json === before.json) return undefined
  if (markdown === before.markdown) return { status: 'changed' }
  return { status: 'changed', diff: wordDiff(before.markdown ?? '', markdown ?? '') }
}

/** A word-level diff, white space kept, from `before` to `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }))
}
