import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { markdownToMdast } from '../src/parse/markdown-to-mdast.js'
import { buildRecord } from '../src/structure/build-record.js'
import { hastToMdast } from '../src/structure/hast-to-mdast.js'
import { plainText } from '../src/structure/plain-text.js'

const fromMd = (markdown: string) => plainText(markdownToMdast(markdown).children)
const fromPage = (html: string) =>
  plainText(hastToMdast(fromHtml(html, { fragment: true })).children)

describe('plain text of the cleaned body', () => {
  it('keeps table cells and rows apart', () => {
    expect(fromMd('| Rank | Model |\n|---|---|\n| 1 | Top 10 |\n| 2 | Other |')).toBe(
      'Rank\tModel\n1\tTop 10\n2\tOther',
    )
    expect(
      fromPage(
        '<table><tr><th>Top 10</th><th>Price</th></tr><tr><td>1</td><td>$5</td></tr></table>',
      ),
    ).toBe('Top 10\tPrice\n1\t$5')
  })

  it('puts hard breaks, blocks and list items on lines of their own', () => {
    expect(fromPage('<p>Line one<br>Line two</p><p>Next</p>')).toBe('Line one\nLine two\nNext')
    expect(fromMd('- one\n- two\n\n1. three\n   - nested')).toBe('one\ntwo\nthree\nnested')
    expect(fromMd('## Heading\n> quoted\n\n```\ncode\n```')).toBe('Heading\nquoted\ncode')
  })

  it('joins inline markup without adding space', () => {
    expect(fromMd('Un*believ*able [li**nk**](https://a.example) `x`.')).toBe('Unbelievable link x.')
  })

  it('leaves image alt text out unless asked', () => {
    const tree = markdownToMdast('Before ![a kettle](https://img.example/k.jpg) after')
    expect(plainText(tree.children)).toBe('Before  after')
    expect(plainText(tree.children, { includeImageAlt: true })).toBe('Before a kettle after')
  })

  it('is what record.text holds, without the title heading', () => {
    const tree = markdownToMdast('# Title\n\nFirst<br>\n\n| a | b |\n|---|---|\n| 1 | 2 |')
    const record = buildRecord(tree, { metadata: {}, fallbackTitle: 'x' })
    expect(record.text).toBe('First\na\tb\n1\t2')
  })

  it('keeps a heading with a line break on one line with a space', () => {
    const tree = hastToMdast(
      fromHtml('<h2>1. Best budget<br>laptop</h2><p>a</p><h2>2. Best<br>tablet</h2><p>b</p>', {
        fragment: true,
      }),
    )
    const record = buildRecord(tree, { metadata: { title: 'T' }, fallbackTitle: 'x' })
    expect(record.items.map((item) => item.title)).toEqual(['Best budget laptop', 'Best tablet'])
  })
})
