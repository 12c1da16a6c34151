import type { Heading, Text } from 'mdast'
import { stringify as stringifyYaml } from 'yaml'
import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { nodesToMarkdown } from '../structure/to-markdown.js'

/**
 * The Markdown written for one group: YAML front matter (title, date,
 * updated, description, tags, categories, sources), `# Title`, the intro, `## N. Item` for each item, then the
 * sections. Titles are text nodes, so any markup in them is escaped.
 */
export function renderMarkdown(article: CanonicalArticle): string {
  const frontMatter = stringifyYaml(
    {
      title: article.title,
      ...(article.date === undefined ? {} : { date: article.date }),
      ...(article.updated === undefined ? {} : { updated: article.updated }),
      ...(article.description === undefined ? {} : { description: article.description }),
      ...(article.tags.length === 0 ? {} : { tags: article.tags }),
      ...(article.categories.length === 0 ? {} : { categories: article.categories }),
      sources: article.sources.map((source) => source.path),
    },
    { lineWidth: 0 },
  )
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

function heading(depth: 1 | 2, text: string): string {
  const value: Text = { type: 'text', value: text }
  const node: Heading = { type: 'heading', depth, children: [value] }
  return nodesToMarkdown([node])
}
