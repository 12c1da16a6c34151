import type { VFile } from 'vfile'
import { MESSAGE_SOURCE } from '../messages/report-removal.js'
import type { ParagraphKey } from '../types.js'
import {
  type BoilerplateFinding,
  type BoilerplatePlan,
  REPEATED_BOILERPLATE_RULE,
} from './repeated-boilerplate.js'

/** Report every boilerplate paragraph of every input, like any other removal. */
export function reportBoilerplate(
  inputs: readonly {
    readonly path: string
    readonly paragraphs: readonly ParagraphKey[]
    readonly file: VFile
  }[],
  plan: BoilerplatePlan,
): void {
  if (plan.size === 0) return
  for (const { path, paragraphs, file } of inputs) {
    const found = plan.get(path)
    if (!found) continue
    for (const paragraph of paragraphs) {
      const finding = found.get(paragraph.key)
      if (!finding) continue
      const message = file.info(reason(finding), {
        ruleId: REPEATED_BOILERPLATE_RULE,
        source: MESSAGE_SOURCE,
        ...(paragraph.line === undefined ? {} : { place: { line: paragraph.line, column: 1 } }),
      })
      message.actual = paragraph.preview
    }
  }
}

function reason(finding: BoilerplateFinding): string {
  return finding.kind === 'site'
    ? `Unexpected paragraph repeated on pages of ${finding.groups} articles of ${finding.host} (site furniture) at the edge of the article, expected article content`
    : `Unexpected boilerplate-looking paragraph (short, a call to action or a legal line) repeated verbatim in articles of ${finding.groups} groups, at the edge of the article, expected article content`
}
