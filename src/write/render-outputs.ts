import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { renderJson } from './render-json.js'
import { renderMarkdown } from './render-markdown.js'
import { REPORT_FILE, type RunReport } from './run-report.js'

/** Every output file of a run: `<slug>.json` and `<slug>.md` per group, and report.json. */
export function renderOutputs(
  articles: readonly CanonicalArticle[],
  report: RunReport,
): Map<string, string> {
  const outputs = new Map<string, string>()
  for (const article of articles) {
    outputs.set(`${article.slug}.json`, renderJson(article))
    outputs.set(`${article.slug}.md`, renderMarkdown(article))
  }
  outputs.set(REPORT_FILE, renderJson(report))
  return outputs
}
