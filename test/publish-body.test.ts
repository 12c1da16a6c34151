import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultPolicy, withDisabled } from '../src/clean/policy.js'
import { cleanText } from '../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../src/read/front-matter.js'
import { nodesToMarkdown } from '../src/structure/to-markdown.js'

const settings = { policy: defaultPolicy, frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS }

function clean(text: string, disabled: readonly string[] = []): { markdown: string; file: VFile } {
  const file = new VFile({ value: text })
  const policy = withDisabled(defaultPolicy, disabled)
  const { mdast } = cleanText(text, file, { ...settings, policy })
  return { markdown: nodesToMarkdown((mdast as Root).children), file }
}

const rules = (file: VFile) => file.messages.map((message) => message.ruleId)
const prose = 'Routers need care: placement, firmware and channels all affect speed at home.'

describe('links and images', () => {
  const page = (head: string, body: string) =>
    `<html><head>${head}</head><body><article><p>${prose}</p>${body}</article></body></html>`

  it('are read against <base href>, itself read against the canonical URL', () => {
    const { markdown } = clean(
      page(
        '<link rel="canonical" href="https://example.com/news/a.html"><base href="/media/">',
        '<p>See <a href="guide.html">the guide</a>.</p><img src="pic.jpg" alt="Pic">',
      ),
    )
    expect(markdown).toContain('[the guide](https://example.com/media/guide.html)')
    expect(markdown).toContain('![Pic](https://example.com/media/pic.jpg)')
  })
  it('are read against front matter url or sourceURL in Markdown', () => {
    const { markdown } = clean(
      `---\nsourceURL: https://blog.example.org/posts/x/\n---\n\n${prose} See [the guide](../guide/) and ![a](img/a.png).\n`,
    )
    expect(markdown).toContain('[the guide](https://blog.example.org/posts/guide/)')
    expect(markdown).toContain('![a](https://blog.example.org/posts/x/img/a.png)')
  })
  it('become their text when they point into the page or nowhere, or go when they have no text', () => {
    const { markdown, file } = clean(
      page(
        '<link rel="canonical" href="https://example.com/a">',
        '<p>Jump to <a href="#img-2">the second image</a>, <a href="">here</a><a href="https://example.com/b"></a>.</p>',
      ),
    )
    expect(markdown).toContain('Jump to the second image, here.')
    expect(markdown).not.toMatch(/\]\(|#img-2/)
    expect(rules(file).filter((id) => id === 'page-only-link')).toHaveLength(3)
  })
  it('with no page address: relative links become text, relative images go', () => {
    const { markdown, file } = clean(`${prose} See [the guide](/guide) and ![a](img/a.png).\n`)
    expect(markdown).toContain('See the guide and')
    expect(markdown).not.toContain('img/a.png')
    expect(rules(file)).toContain('resolve-url')
  })
  it('stay relative only when the rule is turned off', () => {
    const { markdown } = clean(`${prose} See [the guide](/guide).\n`, ['resolve-url'])
    expect(markdown).toContain('[the guide](/guide)')
  })
})

describe('tables', () => {
  const page = (table: string) =>
    `<html><body><article><p>${prose}</p>${table}<p>${prose}</p></article></body></html>`

  it('a layout table is unwrapped into blocks', () => {
    const story = Array.from(
      { length: 6 },
      (_, index) =>
        `<p>Paragraph ${index} of the story, with enough words to be a real paragraph of text.</p>`,
    ).join('')
    const { markdown, file } = clean(
      `${prose}\n\n<table><tr><td>${story}</td><td>Menu</td></tr></table>\n\n${prose}\n`,
    )
    expect(markdown).not.toContain('|')
    expect(markdown).toMatch(/text\.\n\nParagraph 1/)
    expect(rules(file)).toContain('layout-table')
  })
  it('a data table stays a GFM table', () => {
    const { markdown } = clean(
      page(
        '<table><tr><th>Band</th><th>Speed</th></tr><tr><td> 2.4 GHz </td><td>600 Mbps</td></tr><tr><td>5 GHz</td><td>2400 Mbps</td></tr></table>',
      ),
    )
    expect(markdown).toMatch(/^\| Band +\| Speed +\|$/m)
    expect(markdown).toMatch(/^\| 2\.4 GHz \| 600 Mbps +\|$/m)
  })
  it('a table GFM cannot express becomes one list item per row, cells labelled by header', () => {
    const { markdown, file } = clean(
      page(
        '<table><tr><th>Model</th><th>Ports</th></tr><tr><td>AX-1</td><td><ul><li>WAN</li><li>LAN</li></ul></td></tr><tr><td>AX-2</td><td>LAN</td></tr></table>',
      ),
    )
    expect(markdown).not.toContain('|')
    expect(markdown).toContain('- **Model**: AX-1')
    expect(markdown).toMatch(/\*\*Ports\*\*\n\n {2}- WAN/)
    expect(markdown).toContain('**Ports**: LAN')
    expect(rules(file)).toContain('table-as-list')
  })
  it('no table line is longer than 1,000 characters', () => {
    const long = 'word '.repeat(300)
    const { markdown } = clean(
      page(
        `<table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td>${long}</td></tr><tr><td>y</td><td>z</td></tr></table>`,
      ),
    )
    for (const line of markdown.split('\n'))
      if (line.startsWith('|')) expect(line.length).toBeLessThanOrEqual(1000)
  })
})

describe('text repairs', () => {
  it('space a glued strong run and drop the space before punctuation, as info messages', () => {
    const { markdown, file } = clean(
      `${prose} Open the**Settings** app, go to **iCloud > Photos** , done.\n`,
    )
    expect(markdown).toContain('Open the **Settings** app, go to **iCloud > Photos**, done.')
    const repairs = file.messages.filter(
      (message) =>
        message.ruleId === 'glued-emphasis' || message.ruleId === 'space-before-punctuation',
    )
    expect(repairs).toHaveLength(2)
    expect(
      repairs.every((message) => message.fatal === undefined && message.line !== undefined),
    ).toBe(true)
  })
  it('leave emphasis inside a word, one-letter runs, code and French spacing alone', () => {
    const { markdown } = clean(`${prose} un**believ**able, a **T**able, \`the**x** ,\`.\n`)
    expect(markdown).toContain('un**believ**able')
    expect(markdown).toContain('**T**able')
    expect(markdown).toContain('`the**x** ,`')
    const french = clean(`---\nlang: fr\n---\n\n${prose} Voir **ceci** : la suite.\n`)
    expect(french.markdown).toContain('**ceci** : la suite')
  })
  it('move spaces out of emphasis instead of writing character references', () => {
    const { markdown } = clean(
      `<html><body><article><p>${prose}</p><p>what do<em> you</em> think of<strong>\u00a0this </strong>plan?</p></article></body></html>`,
    )
    expect(markdown).not.toMatch(/&#x?[0-9a-f]+;/i)
    expect(markdown).toContain('what do _you_ think of')
  })
  it('drop [edit] links and keep captions apart from credits', () => {
    const { markdown } = clean(
      `<html><head><link rel="canonical" href="https://en.wikipedia.org/wiki/X"></head><body><article><h2>History<span>[<a href="/w/index.php?action=edit">edit</a>]</span></h2><p>${prose}</p><p>A street in Queens.CreditChang W. Lee/The New York Times</p></article></body></html>`,
    )
    expect(markdown).toContain('## History\n')
    expect(markdown).not.toMatch(/action=edit|\bedit\b/)
    expect(markdown).toContain('Queens. Credit: Chang W. Lee')
  })
  it('turn off with --disable like any rule', () => {
    const { markdown } = clean(`${prose} Open the**Settings** app.\n`, ['glued-emphasis'])
    expect(markdown).toContain('the**Settings**')
  })
})
