import type { Heading } from 'mdast'
import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { nodesToMarkdown } from '../structure/to-markdown.js'
import { renderFrontMatter } from './render-front-matter.js'

/**
 * The Markdown written for one group: YAML front matter (title, date,
 * updated, description, author, lang, tags, categories, sources), `# Title`, the intro,
 * `## N. Item` for each item, then the sections. Titles are text nodes, so
 * any markup in them is escaped; so is a `<` or `[` in the front matter (see
 * `renderFrontMatter`).
 */
export function renderMarkdown(article: CanonicalArticle): string {
  const frontMatter = renderFrontMatter({
    title: article.title,
    ...(article.date === undefined ? {} : { date: article.date }),
    ...(article.updated === undefined ? {} : { updated: article.updated }),
    ...(article.description === undefined ? {} : { description: article.description }),
    ...(article.author === undefined ? {} : { author: article.author }),
    ...(article.lang === undefined ? {} : { lang: article.lang }),
    ...(article.tags.length === 0 ? {} : { tags: article.tags }),
    ...(article.categories.length === 0 ? {} : { categories: article.categories }),
    sources: article.sources.map((source) => source.path),
  })
  const parts = [`---\n${frontMatter}---`, heading(1, article.title)]
  if (article.intro) parts.push(article.intro)
  for (const item of article.items) {
    parts.push(heading(2, `${item.number}. ${item.title}`))
    if (item.body) parts.push(item.body)
  }
  for (const section of article.sections) {
    parts.push(heading(2, section.title))
    if (section.body) parts.push(section.body)
  }
  return `${parts.join('\n\n')}\n`
}

/**
 * Heading text that Markdown serialization writes unchanged: letters,
 * digits, single spaces inside and punctuation that cannot start Markdown
 * syntax, a `.` only before a space or at the end. Checked against
 * mdast-util-to-markdown with random text.
 */
function isPlainHeadingText(text: string): boolean {
  return (
    /^[\p{L}\p{N}][\p{L}\p{N} ,'?!().-]*$/u.test(text) &&
    !text.endsWith(' ') &&
    !text.includes('  ') &&
    !/\.[^ ]/.test(text)
  )
}

/** An ATX heading: written directly when its text needs no escaping, else serialized. */
function heading(depth: 1 | 2, text: string): string {
  if (isPlainHeadingText(text)) return `${'#'.repeat(depth)} ${text}`
  const node: Heading = { type: 'heading', depth, children: [{ type: 'text', value: text }] }
  return nodesToMarkdown([node])
}
