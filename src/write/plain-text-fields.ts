import type { ArticleRecord } from '../types.js'

/**
 * What CommonMark passes through as raw HTML: a complete tag, comment,
 * CDATA section or processing instruction (a `<` with no `>` is only text).
 */
const TAG_LIKE = /<[A-Za-z/!?][^>]*>/g

/**
 * Plain text with no markup: tag-like runs become a space. Repeated until
 * none is left, so that removing one cannot join the pieces of another
 * (`<scr<b>ipt>`).
 */
export function withoutTags(text: string): string {
  if (!text.includes('<')) return text
  let result = text
  while (TAG_LIKE.test(result)) result = result.replace(TAG_LIKE, ' ')
  return result.replace(/\s+/g, ' ').trim()
}

/**
 * A record whose plain-text fields (titles, description, tags, categories,
 * image alts, link texts) hold no markup, so that they stay inert even when a
 * consumer renders them as Markdown with HTML allowed. Text that was escaped
 * in the source (`\<script>` in a heading, the content of `<xmp>`) would
 * otherwise come out as a real tag. Markdown fields are escaped already.
 */
export function withPlainTextFields(
  record: ArticleRecord,
  options: { readonly fallbackTitle: string },
): ArticleRecord {
  const plain = withoutTags
  return {
    ...record,
    title: plain(record.title) || plain(options.fallbackTitle) || 'article',
    ...(record.description === undefined ? {} : { description: plain(record.description) }),
    ...(record.author === undefined ? {} : { author: plain(record.author) }),
    tags: record.tags.map(plain),
    categories: record.categories.map(plain),
    items: record.items.map((item) => ({
      ...item,
      title: plain(item.title),
      images: item.images.map((image) => ({ ...image, alt: plain(image.alt) })),
      links: item.links.map((link) => ({ ...link, text: plain(link.text) })),
    })),
    sections: record.sections.map((section) => ({ ...section, title: plain(section.title) })),
  }
}
