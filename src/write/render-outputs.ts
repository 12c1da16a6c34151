import type { CanonicalArticle } from '../canonical/canonical-article.js'
import { secureMarkdown } from '../structure/markdown-safety.js'
import { renderJson } from './render-json.js'
import { renderMarkdown } from './render-markdown.js'
import { REPORT_FILE, type RunReport } from './run-report.js'
import { secureArticle } from './secure-article.js'

/** A group's article, built only when its files are rendered (see `PlannedGroup`). */
export interface LazyArticle {
  readonly slug: string
  readonly build: () => CanonicalArticle
}

/**
 * Every output file of a run: `<slug>.json` and `<slug>.md` per group, and
 * report.json. Files are rendered when asked for and not kept, so a run of
 * 100,000 articles never holds all their output text at once; a lazy
 * article is built when one of its files is asked for, and only the last one
 * built is kept (a group's two files are asked for one after the other). Every article
 * file is checked as it is rendered: the Markdown file as a whole, and each
 * Markdown field of the JSON (see `secureMarkdown`).
 */
export function renderOutputs(
  articles: readonly (CanonicalArticle | LazyArticle)[],
  report: RunReport,
): ReadonlyMap<string, string> {
  return new RenderedOutputs(articles, report)
}

type Source =
  | { readonly article: CanonicalArticle | LazyArticle; readonly format: 'json' | 'md' }
  | RunReport

class RenderedOutputs implements ReadonlyMap<string, string> {
  readonly #sources = new Map<string, Source>()
  #last: { readonly from: LazyArticle; readonly article: CanonicalArticle } | undefined

  constructor(articles: readonly (CanonicalArticle | LazyArticle)[], report: RunReport) {
    for (const article of articles) {
      this.#sources.set(`${article.slug}.json`, { article, format: 'json' })
      this.#sources.set(`${article.slug}.md`, { article, format: 'md' })
    }
    this.#sources.set(REPORT_FILE, report)
  }

  get size(): number {
    return this.#sources.size
  }

  get(name: string): string | undefined {
    const source = this.#sources.get(name)
    if (source === undefined) return undefined
    if (!('article' in source)) return renderJson(source)
    const article = secureArticle(this.#built(source.article))
    return source.format === 'json' ? renderJson(article) : secureMarkdown(renderMarkdown(article))
  }

  #built(from: CanonicalArticle | LazyArticle): CanonicalArticle {
    if (!('build' in from)) return from
    if (this.#last?.from !== from) this.#last = { from, article: from.build() }
    return this.#last.article
  }

  has(name: string): boolean {
    return this.#sources.has(name)
  }

  *keys(): MapIterator<string> {
    yield* this.#sources.keys()
  }

  *values(): MapIterator<string> {
    for (const name of this.#sources.keys()) yield this.get(name) ?? ''
  }

  *entries(): MapIterator<[string, string]> {
    for (const name of this.#sources.keys()) yield [name, this.get(name) ?? '']
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries()
  }

  forEach(
    callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this)
  }
}
