import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  type ArticleParts,
  articleParts,
  nearCopy,
  renderHtml,
  renderMarkdown,
  seededRandom,
} from './scraped-article.js'

export interface CorpusOptions {
  readonly docs: number
  readonly seed?: number
  /** Share of articles that are near copies of an earlier one. Default 0.1. */
  readonly nearCopyShare?: number
  /** Share of articles written as HTML pages (the rest are Markdown). Default 0.4. */
  readonly htmlShare?: number
}

export interface CorpusFile {
  /** Relative path, spread over sub-folders of 1,000 files. */
  readonly name: string
  readonly text: string
}

/** Scraped-style articles, generated one at a time (never all in memory). */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  const random = seededRandom(options.seed ?? 1)
  const nearCopyShare = options.nearCopyShare ?? 0.1
  const htmlShare = options.htmlShare ?? 0.4
  /** A few recent originals to copy from: a near copy reuses one of them. */
  const recent: ArticleParts[] = []
  for (let index = 0; index < options.docs; index++) {
    const original = recent.length > 0 && random.float() < nearCopyShare
    const parts = original
      ? nearCopy(random, recent[Math.floor(random.float() * recent.length)] as ArticleParts, index)
      : articleParts(random, index)
    if (!original) {
      recent.push(parts)
      if (recent.length > 20) recent.shift()
    }
    const html = random.float() < htmlShare
    const folder = String(Math.floor(index / 1000)).padStart(3, '0')
    yield {
      name: `${folder}/article-${String(index).padStart(6, '0')}.${html ? 'html' : 'md'}`,
      text: html ? renderHtml(random, parts) : renderMarkdown(random, parts),
    }
  }
}

/** Write a corpus into `folder`; returns the number of files and bytes written. */
export async function writeCorpus(
  folder: string,
  options: CorpusOptions,
): Promise<{ readonly files: number; readonly bytes: number }> {
  let files = 0
  let bytes = 0
  for (const file of generateCorpus(options)) {
    const target = path.join(folder, file.name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.text)
    files++
    bytes += Buffer.byteLength(file.text)
  }
  return { files, bytes }
}
