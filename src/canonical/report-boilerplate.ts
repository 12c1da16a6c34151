import type { VFile } from 'vfile'
import { MESSAGE_SOURCE } from '../clean/report-removal.js'
import type { ArticleRecord } from '../types.js'
import { MIN_BOILERPLATE_GROUPS, REPEATED_BOILERPLATE_RULE } from './repeated-boilerplate.js'

/** Report every boilerplate paragraph of every input, like any other removal. */
export function reportBoilerplate(
  inputs: readonly { readonly record: ArticleRecord; readonly file: VFile }[],
  boilerplate: ReadonlySet<string>,
): void {
  if (boilerplate.size === 0) return
  for (const { record, file } of inputs) {
    for (const paragraph of record.paragraphs) {
      if (!boilerplate.has(paragraph.key)) continue
      const message = file.info(
        `Unexpected paragraph repeated verbatim in articles of ${MIN_BOILERPLATE_GROUPS} or more groups (boilerplate), expected article content`,
        {
          ruleId: REPEATED_BOILERPLATE_RULE,
          source: MESSAGE_SOURCE,
          ...(paragraph.line === undefined ? {} : { place: { line: paragraph.line, column: 1 } }),
        },
      )
      message.actual = paragraph.preview
    }
  }
}
