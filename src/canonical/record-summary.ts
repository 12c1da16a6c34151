import type { ArticleRecord } from '../types.js'

/**
 * What grouping, the canonical choice, slugs and boilerplate need of a
 * record, and all the main thread keeps of it: its metadata and paragraph
 * keys. The bodies (intro, items, sections) and the plain text, most of a
 * record's size, stay on disk until the group's files are written.
 */
export type RecordSummary = Omit<ArticleRecord, 'intro' | 'items' | 'sections' | 'text'>

export function summarizeRecord(record: ArticleRecord): RecordSummary {
  const { intro: _intro, items: _items, sections: _sections, text: _text, ...summary } = record
  return summary
}
