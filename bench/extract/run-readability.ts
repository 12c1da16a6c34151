import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

export interface ReadabilityResult {
  /** Readability's `textContent`, or '' when it found no article. */
  readonly text: string
  /** The URL of each image in Readability's article (`src`, else the first `srcset` candidate). */
  readonly images: readonly string[]
  /** Parse (linkedom) plus Readability's `parse()`. */
  readonly ms: number
  readonly error?: string
}

/** The peer: Mozilla Readability on a linkedom document, as a Node user would run it. */
export function runReadability(html: string): ReadabilityResult {
  const t0 = performance.now()
  let article: ReturnType<Readability['parse']> = null
  let error: string | undefined
  try {
    const { document } = parseHTML(html)
    article = new Readability(
      document as unknown as ConstructorParameters<typeof Readability>[0],
    ).parse()
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught)
  }
  const ms = performance.now() - t0
  const images: string[] = []
  if (article?.content) {
    const { document } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    for (const image of document.querySelectorAll('img')) {
      const src = image.getAttribute('src') ?? ''
      const srcset = image.getAttribute('srcset') ?? ''
      const first = srcset.trim().split(/\s+/)[0] ?? ''
      images.push(src !== '' && !src.startsWith('data:') ? src : first)
    }
  }
  return {
    text: article?.textContent ?? '',
    images,
    ms,
    ...(error === undefined ? {} : { error }),
  }
}
