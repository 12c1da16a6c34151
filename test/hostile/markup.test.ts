import { fromMarkdown } from 'mdast-util-from-markdown'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom, sentence } from '../../bench/run/scraped-article.js'
import { defaultPolicy } from '../../src/clean/policy.js'
import { cleanText } from '../../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../../src/read/front-matter.js'
import { limitMarkdownContainers } from '../../src/read/limit-markdown-containers.js'
import { limitNesting, MAX_NESTING_DEPTH } from '../../src/read/limit-nesting.js'
import { entry, goodArticle, removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const random = seededRandom(5)
/** Words of their own for each file, so that no two files group together as copies. */
const words = () => Array.from({ length: 6 }, () => sentence(random)).join(' ')
const page = (inner: string) =>
  `<!doctype html><html><head><title>Page</title></head><body><article><h1>Page</h1><p>${words()}</p>${inner}</article></body></html>`
const deep = 10_000

/** Files nested far past any real article, each of which used to overflow the stack. */
const deepFiles: Record<string, string> = {
  'div.html': page(`${'<div>'.repeat(deep)}deepest words${'</div>'.repeat(deep)}`),
  'unclosed-div.html': page(`${'<div>'.repeat(deep)}deepest words`),
  'self-closing-div.html': page(`${'<div/>'.repeat(deep)}deepest words`),
  'bold.html': page(`${'<b>'.repeat(deep)}deepest words`),
  'namespaced.html': page(`${'<o:p>'.repeat(deep)}deepest words`),
  'list.html': page(`${'<ul><li>'.repeat(deep)}deepest words`),
  'table.html': page(`${'<table><tr><td>'.repeat(3000)}deepest words`),
  'stray-close.html': page(`${'<span></div>'.repeat(deep)}deepest words`),
  'raw-html.md': `# Deep raw HTML\n\n${words()}\n\n${'<div>'.repeat(deep)}deepest words\n`,
  'inline-html.md': `# Deep inline HTML\n\n${words()} ${'<span>'.repeat(deep)}deepest words\n`,
  'quotes.md': `# Deep quotes\n\n${words()}\n\n${'> '.repeat(deep)}deepest words\n`,
  'lists.md': `# Deep lists\n\n${words()}\n\n${'- '.repeat(deep)}deepest words\n`,
  'indented-lists.md': `# Indented lists\n\n${words()}\n\n${Array.from({ length: 1000 }, (_, index) => `${' '.repeat(index * 2)}- level ${index}`).join('\n')}\n`,
}

const clean = (input: string) =>
  cleanText(input, new VFile({ value: input }), {
    frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
    policy: defaultPolicy,
  })

describe('malformed HTML', () => {
  it('survives unclosed tags, stray `/a>` and closing tags with no opener', async () => {
    const result = await run(
      workspace({
        'good.md': goodArticle,
        'unclosed.html': page(
          '<div><p>First paragraph kept<b>bold never closed<p>Second paragraph kept',
        ),
        'stray.md': `# Stray\n\n${words()}\n\n<a href="https://shop.example/?tag=x-20"><img src="https://ok.example/a.jpg">/a>\n\n</div></span></p>\n\nLast paragraph kept.\n`,
        'garbage.html': '<<<>>><!--<!-- --!><![CDATA[ x ]]><?php echo 1 ?></ </a <a href=">',
      }),
    )
    expect(entry(result, 'input/good.md').status).toBe('ok')
    expect(entry(result, 'input/unclosed.html').status).toBe('ok')
    expect(entry(result, 'input/stray.md').status).toBe('ok')
    expect(['ok', 'skipped']).toContain(entry(result, 'input/garbage.html').status)
    const markdown = [...result.outputs].filter(([name]) => name.endsWith('.md'))
    const all = markdown.map(([, value]) => value).join('\n')
    expect(all).toContain('Second paragraph kept')
    expect(all).toContain('Last paragraph kept.')
    expect(all).not.toContain('/a>')
    for (const [name, value] of markdown) {
      let html = 0
      visit(fromMarkdown(value), 'html', () => {
        html++
      })
      expect(html, name).toBe(0)
    }
  })
})

describe(`nesting ${deep} levels deep: flattened before parsing, no stack overflow`, async () => {
  const result = await run(workspace(deepFiles))
  for (const name of Object.keys(deepFiles)) {
    it(name, () => {
      const found = entry(result, `input/${name}`)
      expect(found.status, found.reason).toBe('ok')
      expect(found.removed?.['deep-nesting']).toBe(1)
      const article = result.articles.find((item) =>
        item.sources.some((source) => source.path === `input/${name}`),
      )
      expect(article?.sources).toHaveLength(1)
      expect(JSON.stringify(article)).toContain(
        name === 'indented-lists.md' ? 'level 999' : 'deepest words',
      )
    })
  }
})

describe('limitNesting', () => {
  it('keeps the text and its length, and blanks only the tags past the limit', () => {
    const input = `${'<div>'.repeat(200)}x${'</div>'.repeat(200)}`
    const limited = limitNesting(input, { syntax: 'html' })
    expect(limited.text).toHaveLength(input.length)
    expect(limited.dropped).toBe(2 * (200 - MAX_NESTING_DEPTH))
    expect(limited.text.replace(/ +/g, '')).toBe(
      `${'<div>'.repeat(MAX_NESTING_DEPTH)}x${'</div>'.repeat(MAX_NESTING_DEPTH)}`,
    )
  })

  it('does not count elements the parser closes by itself, nor Markdown autolinks', () => {
    const paragraphs = '<p>one<p>two<li>x<li>y<td>a<td>b<br><img src=x>'.repeat(500)
    expect(limitNesting(paragraphs, { syntax: 'html' }).dropped).toBe(0)
    const autolinks = '<https://example.com/a> <mail@example.com> '.repeat(500)
    expect(limitNesting(autolinks, { syntax: 'markdown' }).dropped).toBe(0)
    const script = `<script>${'<div>'.repeat(500)}</script>`
    expect(limitNesting(script, { syntax: 'html' }).dropped).toBe(0)
  })

  it('starts over at each top-level Markdown block', () => {
    const blocks = Array.from({ length: 500 }, () => '<span>unclosed').join('\n\n')
    expect(limitNesting(blocks, { syntax: 'markdown' }).dropped).toBe(0)
  })

  it('bounds quotes and lists in Markdown, keeping offsets', () => {
    const input = `${'> '.repeat(100)}x\n${'- '.repeat(100)}y\n`
    const limited = limitMarkdownContainers(input)
    expect(limited.text).toHaveLength(input.length)
    expect(limited.dropped).toBeGreaterThan(0)
    expect(() => clean(limited.text)).not.toThrow()
  })
})
