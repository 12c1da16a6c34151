import { fromHtml } from 'hast-util-from-html'
import { describe, expect, it } from 'vitest'
import { wordDiff } from '../../src/review/compare-since.js'
import { elisionsOf } from '../../src/review/elide-source.js'
import { extractionLosses } from '../../src/review/extraction-losses.js'
import {
  highlightSource,
  type PlacedRemoval,
  removalRanges,
} from '../../src/review/highlight-source.js'
import { renderReadingView } from '../../src/review/reading-view.js'

/** A removal of `part`, found in `text`, placed as the pipeline places it (1-based). */
function removalOf(text: string, part: string, id = 0, ruleId = 'ad-container'): PlacedRemoval {
  const start = text.indexOf(part)
  const end = start + part.length
  const place = (offset: number) => {
    const before = text.slice(0, offset)
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') }
  }
  const from = place(start)
  const to = place(end)
  return { id, ruleId, reason: `reason ${id}`, ...from, endLine: to.line, endColumn: to.column }
}

const PAGE = `<html><head><title>T</title><script>track()</script></head><body>
<h1>Title &amp; more</h1>
<p>First <a href="https://a.example/x" onclick="evil()">link</a> and <span class="sponsor">Sponsored words</span> here.</p>
<div class="ad"><p>Buy now</p><script>ad()</script></div>
<table><tr><td>cell one</td><td>cell two</td></tr></table>
<p><img src="/i.jpg" alt="Pic"> <a href="javascript:alert(1)">bad</a></p>
</body></html>`

describe('renderReadingView', () => {
  const removals = [
    removalOf(PAGE, '<div class="ad"><p>Buy now</p><script>ad()</script></div>', 0),
    removalOf(PAGE, '<span class="sponsor">Sponsored words</span>', 1, 'sponsored'),
    removalOf(PAGE, '<title>T</title>', 2, 'head-thing'),
  ]
  const view = renderReadingView(fromHtml(PAGE), PAGE, removals, {
    baseUrl: 'https://site.example/story',
  })

  it('keeps the block structure and drops what a reader never sees', () => {
    expect(view.html).toContain('<h1>Title &amp; more</h1>')
    expect(view.html).not.toContain('track()')
    expect(view.html).toContain(
      '<div class="table"><div class="rows"><div class="tr"><div class="td">cell one</div>',
    )
  })

  it('wraps a removed block in place with its rule id, reason and a collapse button', () => {
    expect(view.html).toContain(
      '<div class="cut" data-rule="ad-container"><div class="cut-head"><button type="button" class="cut-toggle" aria-expanded="true" title="Collapse or expand">▾</button><span class="rule-label" data-removal="0">ad-container</span><span class="cut-reason">reason 0</span></div><div class="cut-body"><div class="box"><p>Buy now</p><span class="hidden-tag">[script]</span></div></div></div>',
    )
    // Between the paragraph before it and the table after it.
    const cut = view.html.indexOf('class="cut"')
    expect(view.html.lastIndexOf('here.</p>', cut)).toBeGreaterThan(0)
    expect(view.html.indexOf('class="table"')).toBeGreaterThan(cut)
  })

  it('marks an inline removal, copies no handler, and links only http(s) addresses', () => {
    expect(view.html).toContain(
      '<mark class="cut-inline" data-rule="sponsored" title="sponsored: reason 1"><span class="rule-label" data-removal="1">sponsored</span>Sponsored words</mark>',
    )
    expect(view.html).toContain(
      '<a href="https://a.example/x" title="https://a.example/x" target="_blank" rel="noopener noreferrer">link</a>',
    )
    expect(view.html).not.toMatch(/onclick|javascript:|<img/)
    expect(view.html).toContain('bad')
  })

  it('gives images an absolute address to load later, and nothing to load now', () => {
    expect(view.html).toContain('data-src="https://site.example/i.jpg"')
    expect(view.html).toContain('[image: Pic]')
  })

  it('says which removals it shows and how much of the text went', () => {
    expect([...view.shown].sort()).toEqual([0, 1])
    const text = 'Title&moreFirstlinkandSponsoredwordshere.Buynowcellonecelltwobad'
    expect(view.removedShare).toBeCloseTo('SponsoredwordsBuynow'.length / text.length, 5)
  })
})

describe('extractionLosses', () => {
  it('names what lies outside the article container, and nothing inside it', () => {
    const html = `<html><body><nav>Home</nav><figure><img src="lead.jpg" alt="Lead"></figure>
<article><p>Body text</p></article><script>x()</script><footer>© Site</footer></body></html>`
    const page = fromHtml(html)
    const article = html.indexOf('<article>')
    const end = html.indexOf('</article>') + '</article>'.length
    const losses = extractionLosses(page, [{ start: article, end }])
    expect(losses.map((loss) => html.slice(loss.start, loss.end))).toEqual([
      '<nav>Home</nav>',
      '<figure><img src="lead.jpg" alt="Lead"></figure>',
      '<footer>© Site</footer>',
    ])
    expect(losses.map((loss) => loss.ruleId)).toEqual([
      'main-content',
      'main-content',
      'main-content',
    ])
    expect(losses[1]?.preview).toBe('<figure>')
    expect(extractionLosses(page, undefined)).toEqual([])
  })
})

describe('elisionsOf and highlightSource', () => {
  it('leaves out long scripts no removal touches, and keeps one a removal marks', () => {
    const long = 'x'.repeat(500)
    const text = `<script>${long}</script><p>keep</p><script>${long}y</script>`
    const removal = removalOf(text, `<script>${long}y</script>`, 0, 'script')
    const elisions = elisionsOf(fromHtml(text), 0, removalRanges(text, [removal]))
    expect(elisions).toEqual([{ start: 8, end: 508, what: 'script' }])
    const html = highlightSource(text, [removal], elisions)
    expect(html).toContain(
      '&lt;script&gt;<span class="elided">[500 characters of script not shown]</span>&lt;/script&gt;',
    )
    expect(html).toContain(`${long}y`)
  })
})

describe('wordDiff', () => {
  it('finds the words that changed', () => {
    expect(wordDiff('a narrow win', 'a deserved win')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'narrow' },
      { op: 'insert', text: 'deserved' },
      { op: 'equal', text: ' win' },
    ])
  })
})
