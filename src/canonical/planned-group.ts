import type { ArticleRecord } from '../types.js'
import type { Fingerprinted } from './build-groups.js'
import { type ArticleSource, type CanonicalArticle, canonicalArticle } from './canonical-article.js'
import { stripRecordBoilerplate } from './strip-record-boilerplate.js'

/**
 * A group as the main thread keeps it until its files are written: its slug,
 * its canonical member (a summary) and its sources. The canonical article
 * itself, with the bodies, is built only when the group's files are
 * rendered (see `buildArticle`), one group at a time.
 */
export interface PlannedGroup {
  readonly slug: string
  readonly canonical: Fingerprinted
  /** Keys of the canonical member's paragraphs to drop (repeated boilerplate). */
  readonly boilerplate: ReadonlySet<string>
  readonly titleVariants: readonly string[]
  /** Every member, the canonical one first. */
  readonly sources: readonly ArticleSource[]
}

/** The canonical article of a group, from its canonical member's whole record. */
export function buildArticle(group: PlannedGroup, record: ArticleRecord): CanonicalArticle {
  return canonicalArticle(group, stripRecordBoilerplate(record, group.boilerplate))
}
