import path from 'node:path'
import type { ResolvedOptions } from '../options.js'
import { atomicWrite } from '../write/atomic-write.js'
import { buildReview } from './build-review.js'
import { readRunReport } from './read-output.js'
import { renderReviewPage } from './render-page.js'
import type { ReviewModel } from './review-model.js'

export const REVIEW_FILE = 'review.html'

export interface WrittenReview {
  readonly file: string
  readonly model: ReviewModel
}

/**
 * Write `OUT/review.html` for the run recorded in `OUT/report.json`. Sources
 * are read again from `options.cwd` and cleaned with `options`' policy.
 */
export async function writeReviewPage(
  out: string,
  options: ResolvedOptions,
): Promise<WrittenReview> {
  const report = await readRunReport(out)
  const model = await buildReview(out, report, options)
  const file = path.join(out, REVIEW_FILE)
  await atomicWrite(file, renderReviewPage(model))
  return { file, model }
}
