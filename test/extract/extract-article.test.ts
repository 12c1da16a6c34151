import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractArticle } from '../../src/extract/extract-article.js'
import { MAIN_CONTENT_RULE } from '../../src/extract/select-main-content.js'
import { InputError } from '../../src/read/input-error.js'
import { expectFile } from '../helpers/expected-file.js'

const folder = path.join(import.meta.dirname, '../../fixtures/extract')

function extractFixture(name: string, file?: VFile) {
  const html = readFileSync(path.join(folder, `${name}.html`), 'utf8')
  return extractArticle(fromHtml(html), file)
}

/** Every element of a tree with the given tag name. */
function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = []
  const stack: (Root | Element)[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Root | Element
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === tagName) found.push(child)
      stack.push(child)
    }
  }
  return found
}

describe('extractArticle: expected text of each fixture', () => {
  for (const name of [
    'explicit-article',
    'scoring-fallback',
    'comments-as-article',
    'json-ld-fallback',
    'malformed',
  ]) {
    it(name, () => {
      const { content } = extractFixture(name)
      expectFile(path.join(folder, `${name}.expected.txt`), `${toText(content)}\n`)
    })
  }
})

describe('extractArticle: choosing the container', () => {
  it('takes the explicit <article> and drops the furniture around and inside it', () => {
    const file = new VFile()
    const { content } = extractFixture('explicit-article', file)
    const text = toText(content)
    expect(text).toContain('Tomato plants grow fast in early summer')
    expect(text).toContain('most plants ripen their fruit two weeks earlier')
    for (const furniture of [
      'Vegetables', // site navigation and breadcrumbs
      'Popular this week', // sidebar
      'Ten herbs for a sunny window',
      'All rights reserved', // page footer
      'Share', // share row
      'Hidden promotional text', // display: none
      'By Ana Lima', // byline above the article text
      'weekly gardening email', // newsletter box
      'Staking tomatoes', // related posts
    ]) {
      expect(text).not.toContain(furniture)
    }
    // The article's own headings, figures, lists, tables, blockquotes and links stay.
    expect(elements(content, 'h1')).toHaveLength(1)
    expect(elements(content, 'h2')).toHaveLength(2)
    expect(elements(content, 'figure')).toHaveLength(1)
    expect(elements(content, 'figcaption')).toHaveLength(1)
    expect(elements(content, 'img')[0]?.properties.src).toBe(
      'https://images.example/tomato-sucker.jpg',
    )
    expect(elements(content, 'li')).toHaveLength(3)
    expect(elements(content, 'table')).toHaveLength(1)
    expect(elements(content, 'blockquote')).toHaveLength(1)
    expect(elements(content, 'a').map((a) => a.properties.href)).toEqual([
      'https://garden.example/watering',
    ])
  })

  it('reports every removal inside the container with its place', () => {
    const file = new VFile()
    extractFixture('explicit-article', file)
    const removals = file.messages.map((message) => [
      message.line,
      message.ruleId,
      message.source,
      message.actual,
    ])
    expect(removals).toEqual([
      [29, MAIN_CONTENT_RULE, 'winnow', 'Share Email'],
      [
        42,
        MAIN_CONTENT_RULE,
        'winnow',
        'Hidden promotional text that the page never shows to readers.',
      ],
      [
        43,
        MAIN_CONTENT_RULE,
        'winnow',
        'Get our weekly gardening email, with a tip for every season. Subscribe',
      ],
      [44, MAIN_CONTENT_RULE, 'winnow', 'You might also like Staking tomatoes Growing peppers'],
      [45, MAIN_CONTENT_RULE, 'winnow', 'tomatoes pruning'],
      [20, MAIN_CONTENT_RULE, 'winnow', 'By Ana Lima · May 2, 2024'],
    ])
  })

  it('leaves scripts and ads in the container to the cleaning rules', () => {
    const html =
      '<html><body><article><h1>Title</h1><p>First paragraph of the article, long enough to be read as prose by the extraction.</p>' +
      '<div class="ad-slot"><ins class="adsbygoogle"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({})</script></div>' +
      '<p>Second paragraph of the article, also long enough to be read as prose by the extraction.</p></article></body></html>'
    const file = new VFile()
    const { content } = extractArticle(fromHtml(html), file)
    expect(elements(content, 'ins')).toHaveLength(1)
    expect(elements(content, 'script')).toHaveLength(1)
    expect(file.messages).toHaveLength(0)
  })

  it('falls back to scoring: the prose wins over a sidebar with more links', () => {
    const { content } = extractFixture('scoring-fallback')
    const text = toText(content)
    expect(text).toContain('Stale bread is not dry bread.')
    expect(text).toContain('why many industrial loaves stay soft for a week')
    expect(text).not.toContain('archive of bread posts')
    expect(text).not.toContain('The Flour Mill')
    expect(text).not.toContain('Copyright Bakery Blog')
  })

  it('drops comments marked up as <article>, their heading and the reply form', () => {
    const file = new VFile()
    const { content } = extractFixture('comments-as-article', file)
    const text = toText(content)
    expect(text).toContain('We hired a narrowboat for three days')
    expect(text).toContain('what a canal holiday is for')
    expect(text).not.toContain('Lovely write-up')
    expect(text).not.toContain('Which company did you hire')
    expect(text).not.toContain('try their pie')
    expect(text).not.toContain('3 responses')
    expect(text).not.toContain('Leave a reply')
    expect(file.messages.length).toBeGreaterThan(0)
    expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(
      new Set([MAIN_CONTENT_RULE]),
    )
  })

  it('drops comments that are <article> elements inside or beside the post', () => {
    const post =
      '<p>The post itself: a long paragraph about the canal, its locks and its herons, with commas, and more words.</p>' +
      '<p>A second paragraph of the post, about the pubs along the towpath, and about the slow pace of the boats.</p>'
    const comment = (text: string) => `<article><p>${text}</p></article>`
    const inside = `<html><body><main><article><h1>Canal</h1>${post}${comment('First comment, nice post about the canal.')}${comment('Second comment, thanks for sharing it.')}</article></main></body></html>`
    const beside = `<html><body><main><article><h1>Canal</h1>${post}</article>${comment('First comment, nice post about the canal.')}${comment('Second comment, thanks for sharing it.')}</main></body></html>`
    for (const html of [inside, beside]) {
      const text = toText(extractArticle(fromHtml(html)).content)
      expect(text).toContain('The post itself')
      expect(text).toContain('slow pace of the boats')
      expect(text).not.toContain('comment')
    }
  })

  it('takes the JSON-LD articleBody when the HTML holds no article text', () => {
    const { content } = extractFixture('json-ld-fallback')
    expect(elements(content, 'p').map((p) => toText(p))).toEqual([
      'Night trains are returning to European timetables after two decades of decline.',
      'New operators run sleeper services between major cities, and demand on the busiest routes exceeds the seats on offer.',
    ])
  })

  it('throws a clear error for a page with no article', () => {
    const html =
      '<html><head><title>Empty</title><script>render()</script></head><body><div id="root"></div></body></html>'
    expect(() => extractArticle(fromHtml(html))).toThrow(InputError)
    expect(() => extractArticle(fromHtml(html))).toThrow(/no article found in the HTML page/)
  })
})

describe('extractArticle: metadata', () => {
  it('reads Open Graph, JSON-LD, article tags and the canonical link, as plain text', () => {
    const { metadata } = extractFixture('metadata')
    expect(metadata).toEqual({
      title: 'Fixing a dripping tap in ten minutes',
      description: 'A new washer, a spanner and ten minutes.',
      date: '2024-03-01T08:00:00Z',
      updated: '2024-03-04T09:30:00Z',
      tags: ['plumbing', 'repairs'],
      author: 'Sam Reyes, Kim Ito',
      canonical: 'https://diy.example/fixing-a-dripping-tap',
    })
  })

  it('takes the title from JSON-LD, then <title> without the site name', () => {
    const ld = extractArticle(
      fromHtml(
        '<html><head><title>Ignored | Site</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"Tom &amp; Jerry <b>return</b>","author":"Ann Lee"}</script></head><body><article><h1>Tom and Jerry</h1><p>The cat and the mouse are back on screen after a long break, in a new series of short films.</p></article></body></html>',
      ),
    )
    expect(ld.metadata).toEqual({ title: 'Tom & Jerry return', author: 'Ann Lee' })
    const plain = extractFixture('explicit-article')
    expect(plain.metadata).toEqual({ title: 'Pruning Tomatoes for a Bigger Harvest' })
  })
})

describe('extractArticle: robustness', () => {
  it('survives unclosed tags, broken CSS, scripts and JSON-LD, and a never-closed anchor', () => {
    const { content, metadata } = extractFixture('malformed')
    const text = toText(content)
    expect(metadata).toEqual({ title: 'Broken & odd' })
    expect(text).toContain('Unclosed paragraph with bold and italic text')
    // The anchor that was never closed wraps these paragraphs: they are not a link list.
    expect(text).toContain('so these paragraphs stay in the article')
    expect(text).toContain('Last words of the page')
  })

  it('handles 10,000-deep nesting without recursion', () => {
    const leaf: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        {
          type: 'text',
          value: 'Deep text, with a comma, and enough words to be read as a paragraph of prose.',
        },
      ],
    }
    let node: Element = leaf
    for (let depth = 0; depth < 10_000; depth++) {
      node = {
        type: 'element',
        tagName: depth % 2 === 0 ? 'div' : 'span',
        properties: { className: [`level-${depth % 7}`] },
        children: [node],
      }
    }
    const page: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'html',
          properties: {},
          children: [
            { type: 'element', tagName: 'head', properties: {}, children: [] },
            { type: 'element', tagName: 'body', properties: {}, children: [node] },
          ],
        },
      ],
    }
    const { content } = extractArticle(page)
    expect(elements(content, 'p')).toEqual([leaf])
  })

  it('gives an article or a clear error for any page: never a crash', () => {
    const pages = [
      '',
      '<html></html>',
      '<frameset><frame src="a.html"></frameset>',
      '<body><p>short</p></body>',
      `<body>${'<div>'.repeat(500)}<p>Nested text of the article, long enough to count as a real paragraph.</p></body>`,
      '<body><p>Text with an odd byte \uFFFD and \u0000 and emoji 😀, long enough to count as a paragraph.</p></body>',
      '<body><svg><title>Not the title</title><text>drawing</text></svg><p>Text next to a drawing, long enough to count as one paragraph.</p></body>',
    ]
    for (const html of pages) {
      try {
        const { content } = extractArticle(fromHtml(html))
        expect(content.type).toBe('root')
      } catch (error) {
        expect(error).toBeInstanceOf(InputError)
        expect((error as Error).message).toMatch(/^no article found in the HTML page: /)
      }
    }
  })
})
