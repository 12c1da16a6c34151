import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Paragraph } from 'mdast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { parseRecordMarkdown } from '../../src/canonical/repeated-boilerplate.js'
import { runWinnow } from '../../src/index.js'
import { paragraphKey, paragraphText } from '../../src/structure/paragraph-keys.js'

const sample = readFileSync(
  new URL('../../input/000_0feee18a19166be3.txt', import.meta.url),
  'utf8',
)
/** The sample's headings and prose, without its markup and images (quicker to clean 300 times). */
const article = sample
  .split('\n')
  .filter(
    (line, index, all) => index < all.indexOf('---', 1) + 1 || /^#/.test(line) || isProse(line),
  )
  .flatMap((line) => [line, ''])
/** Fewer than the 300 to keep the suite quick; the property does not depend on the count past 3. */
const COPIES = 60
const signOff = 'Thanks for reading, and see our other guides for more iPhone tips.'

/** A prose line of the sample: a paragraph of words (not a heading, an image or markup). */
function isProse(line: string): boolean {
  return /^ ?[A-Z][a-z]/.test(line) && line.split(' ').length > 12
}

/**
 * Spun copies of the sample article: every third prose paragraph is kept
 * verbatim (shared instructions), the others have most words replaced, so
 * that the copies are too different to group. Each ends with one sign-off line.
 */
function spin(copy: number): { text: string; verbatim: string[] } {
  let seed = copy * 7919 + 1
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  let prose = 0
  const verbatim: string[] = []
  const lines = article.map((line) => {
    if (line.startsWith('title:')) return `title: Copy ${copy} of an iPhone article`
    if (!isProse(line)) return line
    prose++
    if (prose % 3 === 0) {
      verbatim.push(line.trim())
      return line
    }
    return line.replace(/[A-Za-z]{3,}/g, (word) =>
      random() < 0.7 ? `w${Math.floor(random() * 100000)}` : word,
    )
  })
  return { text: `${lines.join('\n')}\n\n${signOff}\n`, verbatim }
}

function paragraphKeysOf(markdown: string): Set<string> {
  const keys = new Set<string>()
  visit(parseRecordMarkdown(markdown), 'paragraph', (node: Paragraph) => {
    // Spacing aside: text repairs (glued emphasis, a space before punctuation)
    // change white space in the output, never words.
    const text = paragraphText(node)
    if (paragraphKey(text)) keys.add(text.replace(/\s+/g, ''))
  })
  return keys
}

describe('repeated-boilerplate on spun copies that do not group', () => {
  it('removes no paragraph that lies between kept body paragraphs', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-spun-'))
    mkdirSync(path.join(cwd, 'input'))
    let verbatim: string[] = []
    for (let copy = 0; copy < COPIES; copy++) {
      const spun = spin(copy)
      verbatim = spun.verbatim
      writeFileSync(path.join(cwd, 'input', `copy-${String(copy).padStart(3, '0')}.md`), spun.text)
    }
    const result = await runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out'), jobs: 1 })
    expect(result.articles).toHaveLength(COPIES)
    // The shared paragraphs are in every group: "repeated in 3+ groups" would take them all.
    expect(verbatim.length).toBeGreaterThanOrEqual(5)
    const shared = verbatim.flatMap((line) => [...paragraphKeysOf(line)])
    for (const article of result.articles) {
      const markdown = [
        article.intro,
        ...article.items.map((item) => item.body),
        ...article.sections.map((section) => section.body),
      ].join('\n\n')
      const keys = paragraphKeysOf(markdown)
      for (const key of shared) expect(keys.has(key), article.slug).toBe(true)
      // The sign-off at the edge, short and a call to action, is boilerplate.
      expect(markdown).not.toContain('Thanks for reading')
    }
    const reported = result.files.flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'repeated-boilerplate'),
    )
    expect(reported).toHaveLength(COPIES)
    for (const message of reported) expect(message.actual).toBe(signOff)
  }, 180_000)
})
