/**
 * `npx tsx bench/run/file-memory.ts`: memory one file needs. For articles of
 * 0.1 to 6 MB, Markdown and HTML, runs `winnow clean FILE --jobs 1` and
 * prints the peak RSS, over a run on a tiny article. Needs `npm run build`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from './run-cli.js'
import { seededRandom, sentence } from './scraped-article.js'

/** A long article: paragraphs with links, a heading every 40 paragraphs. */
function longArticle(bytes: number, format: 'md' | 'html'): string {
  const random = seededRandom(bytes)
  const parts = [
    format === 'md'
      ? '---\ntitle: Long read\n---\n\n# Long read\n'
      : '<!doctype html><html><head><title>Long read</title></head><body><article><h1>Long read</h1>',
  ]
  let length = 0
  for (let index = 1; length < bytes; index++) {
    const text = Array.from({ length: 8 }, () => sentence(random)).join(' ')
    const part =
      format === 'md'
        ? `${index % 40 === 0 ? `## Part ${index}\n\n` : ''}${text} [more](https://example.com/${index})\n`
        : `${index % 40 === 0 ? `<h2>Part ${index}</h2>` : ''}<p>${text} <a href="https://example.com/${index}">more</a></p>`
    parts.push(part)
    length += part.length
  }
  if (format === 'html') parts.push('</article></body></html>')
  return parts.join('\n')
}

const folder = mkdtempSync(path.join(tmpdir(), 'winnow-file-memory-'))
const measure = async (name: string, text: string) => {
  const input = path.join(folder, name)
  writeFileSync(input, text)
  const run = await runCli({ input, jobs: 1 })
  rmSync(input)
  return run
}
const baseline = await measure('tiny.md', '# Tiny\n\nA tiny article.\n')
console.log(`baseline (a tiny article): ${(baseline.maxRssKb / 1024).toFixed(0)} MB peak RSS`)
console.log('size     format  seconds  peak RSS  over baseline  × file size')
for (const megabytes of [0.1, 1, 3, 6]) {
  for (const format of ['md', 'html'] as const) {
    const bytes = Math.round(megabytes * 1024 * 1024)
    const run = await measure(`long.${format}`, longArticle(bytes, format))
    const over = (run.maxRssKb - baseline.maxRssKb) / 1024
    console.log(
      `${`${megabytes} MB`.padEnd(9)}${format.padEnd(8)}${run.seconds.toFixed(1).padStart(7)}${`${(run.maxRssKb / 1024).toFixed(0)} MB`.padStart(10)}${`${over.toFixed(0)} MB`.padStart(15)}${(over / megabytes).toFixed(0).padStart(12)}`,
    )
  }
}
rmSync(folder, { recursive: true, force: true })
