import { readFile } from 'node:fs/promises'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { parse } from 'parse5'

export interface Measurement {
  readonly seconds: number
  readonly docs: number
  readonly bytes: number
}

/**
 * The floor of a winnow run: read every file and parse it, single-threaded,
 * with the parsers winnow builds on: micromark with GFM (Markdown, by file
 * extension here) and parse5 (HTML). Nothing is cleaned, grouped or written.
 */
export async function measureFloor(files: readonly string[]): Promise<Measurement> {
  let bytes = 0
  const started = performance.now()
  for (const file of files) {
    const buffer = await readFile(file)
    bytes += buffer.byteLength
    const text = buffer.toString('utf8')
    if (file.endsWith('.html')) parse(text)
    else micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  }
  return { seconds: (performance.now() - started) / 1000, docs: files.length, bytes }
}
