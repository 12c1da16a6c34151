/**
 * The records that flow between winnow's stages.
 * read → parse → clean → structure → fingerprint → dedupe → canonical → write
 */

/** A front-matter value after bounding: plain scalars and lists of scalars only. */
export type FrontMatterScalar = string | number | boolean | null
export type FrontMatterValue = FrontMatterScalar | readonly FrontMatterScalar[]
export type FrontMatter = Readonly<Record<string, FrontMatterValue>>

export type InputFormat = 'markdown' | 'html'

export interface ArticleImage {
  readonly alt: string
  readonly src: string
}

export interface ArticleLink {
  readonly text: string
  readonly href: string
}

export interface ArticleItem {
  readonly number: number
  readonly title: string
  /** Markdown. */
  readonly body: string
  readonly images: readonly ArticleImage[]
  readonly links: readonly ArticleLink[]
}

export interface ArticleSection {
  readonly title: string
  /** Markdown. */
  readonly body: string
}

/** What the structure stage makes of one cleaned input. */
export interface ArticleRecord {
  readonly title: string
  readonly description?: string
  readonly date?: string
  readonly updated?: string
  readonly author?: string
  /** The page's own address: its canonical link, `og:url`, or front matter `url`. */
  readonly url?: string
  /** The article's language as a BCP 47 tag, when the page or its front matter says. */
  readonly lang?: string
  readonly tags: readonly string[]
  readonly categories: readonly string[]
  readonly kind: 'listicle' | 'article'
  /** Markdown. */
  readonly intro: string
  readonly items: readonly ArticleItem[]
  readonly sections: readonly ArticleSection[]
  /** Plain text of the cleaned body without the title: what fingerprints are made of. */
  readonly text: string
  /** Keys of the body's paragraphs, for finding boilerplate repeated across groups. */
  readonly paragraphs: readonly ParagraphKey[]
}

/** A top-level paragraph of an article, by the hash of its normalized text. */
export interface ParagraphKey {
  readonly key: string
  /** Line of the paragraph in the input, when known. */
  readonly line?: number
  /**
   * The part of the record that holds it: 0 the intro, then each item, then
   * each section, in the order of `items` and `sections`.
   */
  readonly part?: number
  /**
   * For a paragraph at the top of its part: the key (`blockKey`) of its exact
   * Markdown there, a block between blank lines that can be cut out without
   * parsing the part again.
   */
  readonly block?: string
  readonly preview: string
}

export type InputStatus = 'ok' | 'skipped' | 'error'
