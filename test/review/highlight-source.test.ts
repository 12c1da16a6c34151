import { describe, expect, it } from 'vitest'
import { escapeHtml, jsonForScript } from '../../src/review/escape.js'
import { highlightSource, type PlacedRemoval } from '../../src/review/highlight-source.js'
import { markdownToHtml } from '../../src/review/markdown-to-html.js'

function removal(
  id: number,
  ruleId: string,
  place: [number, number, number?, number?],
): PlacedRemoval {
  const [line, column, endLine, endColumn] = place
  return {
    id,
    ruleId,
    reason: `reason ${id}`,
    line,
    column,
    ...(endLine === undefined ? {} : { endLine }),
    ...(endColumn === undefined ? {} : { endColumn }),
  }
}

describe('highlightSource', () => {
  it('wraps the removed range (end exclusive) in a labelled mark and escapes the rest', () => {
    const text = 'keep <b>\n<ad>x</ad>\nkeep & go'
    expect(highlightSource(text, [removal(0, 'ad-container', [2, 1, 2, 11])])).toBe(
      'keep &lt;b&gt;\n<mark data-rule="ad-container" title="ad-container: reason 0"><span class="rule-label" data-removal="0">ad-container</span>&lt;ad&gt;x&lt;/ad&gt;</mark>\nkeep &amp; go',
    )
  })

  it('spans lines, counts CRLF as one line ending, and clamps positions past the end', () => {
    const text = 'a\r\nbb\r\ncc'
    expect(highlightSource(text, [removal(0, 'r', [2, 2, 9, 9])])).toBe(
      'a\r\nb<mark data-rule="r" title="r: reason 0"><span class="rule-label" data-removal="0">r</span>b\r\ncc</mark>',
    )
  })

  it('splits overlapping removals into segments that name every rule they are in', () => {
    const html = highlightSource('0123456789', [
      removal(0, 'outer', [1, 1, 1, 9]),
      removal(1, 'inner', [1, 3, 1, 5]),
    ])
    expect(html).toBe(
      '<mark data-rule="outer" title="outer: reason 0"><span class="rule-label" data-removal="0">outer</span>01</mark>' +
        '<mark data-rule="outer inner" title="outer: reason 0\ninner: reason 1"><span class="rule-label" data-removal="1">inner</span>23</mark>' +
        '<mark data-rule="outer" title="outer: reason 0">4567</mark>8' +
        '9',
    )
  })

  it('marks a removal with only a start point to the end of its line', () => {
    expect(highlightSource('ab\ncd', [removal(0, 'r', [1, 2])])).toBe(
      'a<mark data-rule="r" title="r: reason 0"><span class="rule-label" data-removal="0">r</span>b</mark>\ncd',
    )
  })

  it('escapes rule ids and reasons too', () => {
    const html = highlightSource('x', [
      { ...removal(0, '"><img>', [1, 1, 1, 2]), reason: '<script>' },
    ])
    expect(html).not.toMatch(/<img|<script/)
  })
})

describe('escaping helpers', () => {
  it('escapeHtml escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })

  it('jsonForScript leaves no way to close the script element, and round-trips', () => {
    const value = { text: '</script><!-- <script> & \u2028' }
    const json = jsonForScript(value)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe('markdownToHtml', () => {
  it('renders Markdown without front matter, raw HTML or images, and links open elsewhere', () => {
    const html = markdownToHtml(
      '---\ntitle: x\n---\n\n# Title\n\nText <script>alert(1)</script> [link](https://a.example/) ![alt](https://img.example/a.png) [bad](javascript:alert(1))\n',
    )
    expect(html).toContain('<h1>Title</h1>')
    expect(html).not.toContain('title: x')
    expect(html).not.toMatch(/<script|<img|javascript:/)
    expect(html).toContain(
      '<a href="https://a.example/" target="_blank" rel="noopener noreferrer">link</a>',
    )
    expect(html).toContain('class="image-link" href="https://img.example/a.png"')
    expect(html).toContain('[image: alt]')
  })
})
