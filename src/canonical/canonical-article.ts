import type { ArticleItem, ArticleRecord, ArticleSection } from '../types.js'

/** 2: `lang` added; dates are ISO 8601; slugs no longer depend on other groups. */
export const SCHEMA_VERSION = 2

export interface ArticleSource {
  readonly path: string
  readonly title: string
  readonly date?: string
  /** The source's own address (canonical link, `og:url`, front matter `url`), when it gives one. */
  readonly url?: string
  readonly sha256: string
  /** Estimated similarity of this source's cleaned body to the canonical member's, 0–1. */
  readonly similarity: number
}

/** The JSON written for one group, keys in output order. */
export interface CanonicalArticle {
  readonly schemaVersion: number
  readonly slug: string
  readonly title: string
  readonly titleVariants: readonly string[]
  readonly description?: string
  readonly date?: string
  readonly updated?: string
  readonly author?: string
  /** The canonical member's language as a BCP 47 tag (`en`, `pt-BR`), when its source says. */
  readonly lang?: string
  readonly tags: readonly string[]
  readonly categories: readonly string[]
  readonly kind: 'listicle' | 'article'
  readonly intro: string
  readonly items: readonly ArticleItem[]
  readonly sections: readonly ArticleSection[]
  readonly sources: readonly ArticleSource[]
}

/** What a group's canonical article takes besides the canonical record (see `PlannedGroup`). */
export interface ArticleFrame {
  readonly slug: string
  /** The members' other titles, sorted. */
  readonly titleVariants: readonly string[]
  /** Every member, the canonical one first. */
  readonly sources: readonly ArticleSource[]
}

/** Build the canonical article of a group from its canonical member's record and every member's source entry. */
export function canonicalArticle(frame: ArticleFrame, record: ArticleRecord): CanonicalArticle {
  return {
    schemaVersion: SCHEMA_VERSION,
    slug: frame.slug,
    title: record.title,
    titleVariants: frame.titleVariants,
    ...(record.description === undefined ? {} : { description: record.description }),
    ...(record.date === undefined ? {} : { date: record.date }),
    ...(record.updated === undefined ? {} : { updated: record.updated }),
    ...(record.author === undefined ? {} : { author: record.author }),
    ...(record.lang === undefined ? {} : { lang: record.lang }),
    tags: record.tags,
    categories: record.categories,
    kind: record.kind,
    intro: record.intro,
    items: record.items.map((item) => ({
      number: item.number,
      title: item.title,
      body: item.body,
      images: item.images.map((image) => ({ alt: image.alt, src: image.src })),
      links: item.links.map((link) => ({ text: link.text, href: link.href })),
    })),
    sections: record.sections.map((section) => ({ title: section.title, body: section.body })),
    sources: frame.sources,
  }
}
