import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type ResolvedOptions, UsageError } from '../options.js'
import { atomicWrite } from '../write/atomic-write.js'
import { buildReview } from './build-review.js'
import { compareSince } from './compare-since.js'
import { readRunReport } from './read-output.js'
import { renderReviewPage } from './render-page.js'
import type { ReviewModel } from './review-model.js'

/** Where the review page goes by default, relative to the working folder. */
export const REVIEW_FOLDER = '.winnow'
export const REVIEW_FILE = 'review.html'

/** Keeps the review folder out of git: the page holds every source's full text. */
const GITIGNORE = "# winnow's working files (the review page): not for committing\n*\n"

export interface ReviewPageOptions {
  /** The page to write; by default `.winnow/review.html` in `cwd`. */
  readonly file?: string
  /** Folder the default file is in. */
  readonly cwd: string
  /** A git ref: mark the groups that are new, changed or removed since the output folder's state there. */
  readonly since?: string
}

export interface WrittenReview {
  readonly file: string
  readonly model: ReviewModel
}

/**
 * Write the review page for the run recorded in `OUT/report.json`. Sources
 * are read again from `options.cwd` and cleaned with `options`' policy.
 * Nothing is written into the output folder: a page there would be committed
 * with the output.
 */
export async function writeReviewPage(
  out: string,
  options: ResolvedOptions,
  page: ReviewPageOptions,
): Promise<WrittenReview> {
  const file = path.resolve(page.cwd, page.file ?? path.join(REVIEW_FOLDER, REVIEW_FILE))
  if (isInside(file, out))
    throw new UsageError(
      `${file} lies in the output folder ${out}: the review page would be committed with the output; write it elsewhere (the default is ${path.join(REVIEW_FOLDER, REVIEW_FILE)})`,
    )
  const report = await readRunReport(out)
  const since = page.since === undefined ? undefined : await compareSince(out, page.since)
  const model = await buildReview(out, report, options, since)
  await mkdir(path.dirname(file), { recursive: true })
  if (page.file === undefined)
    await writeFile(path.join(path.dirname(file), '.gitignore'), GITIGNORE, { flag: 'wx' }).catch(
      ignoreExisting,
    )
  await atomicWrite(file, renderReviewPage(model))
  return { file, model }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function ignoreExisting(error: unknown): void {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EEXIST') return
  throw error
}
