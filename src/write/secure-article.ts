import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { secureMarkdown } from '../structure/markdown-safety.js'

/**
 * The article with every Markdown field (intro, item and section bodies)
 * checked once more as it is written: each was checked when it was
 * serialized, and this holds the post-condition for any article handed to
 * the writer, however it was built (see `secureMarkdown`).
 */
export function secureArticle(article: CanonicalArticle): CanonicalArticle {
  return {
    ...article,
    intro: secureMarkdown(article.intro),
    items: article.items.map((item) => ({ ...item, body: secureMarkdown(item.body) })),
    sections: article.sections.map((section) => ({
      ...section,
      body: secureMarkdown(section.body),
    })),
  }
}
