import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { cleanHast } from '../../src/clean/clean-hast.js'
import { extractArticle } from '../../src/extract/extract-article.js'

const folder = path.join(import.meta.dirname, '../../fixtures/extract')

/** The text winnow keeps of a fixture page: extraction, then the cleaning rules and sanitizer. */
function keptText(name: string): string {
  const file = new VFile()
  const html = readFileSync(path.join(folder, `${name}.html`), 'utf8')
  const { content } = extractArticle(fromHtml(html), file)
  return toText(cleanHast(content, file))
}

describe('main content on pages nobody tuned for', () => {
  it('keeps every panel of a tab set, the hidden ones included', () => {
    const text = keptText('tabbed-content')
    expect(text).toContain('Cette théière en fonte émaillée garde le thé chaud longtemps')
    expect(text).toContain('Contenance : 1,2 litre.')
    expect(text).not.toContain('Maison Thé, depuis 1998.')
  })

  it('joins a body split across sibling sections, without the sidebar', () => {
    const text = keptText('split-body')
    for (const heading of [
      'Why flour matters',
      'Protein',
      'Whole grain',
      'Milling',
      'Where to buy',
    ])
      expect(text).toContain(heading)
    expect(text).toContain('keep it cool and dry')
    expect(text).not.toContain('Banana bread')
  })
})

describe('content wrapped in page machinery', () => {
  it('keeps a forum thread that the page wraps in a form, and drops its controls', () => {
    const text = keptText('forum-in-form')
    expect(text).toContain('The handle of my favourite mug came off in one clean piece')
    expect(text).toContain('treat it as a repair, not as new.')
    expect(text).not.toContain('Moderate selected posts')
    expect(text).not.toContain('Chipped plate rim')
  })

  it('reads the content a script-rendered page serves in a <noscript>', () => {
    const text = keptText('noscript-content')
    expect(text).toContain('the top of the compost always grows a green crust')
    expect(text).toContain('Stand the cells in a tray of water for twenty minutes')
    expect(text).not.toContain('Loading…')
  })
})

describe('discussion pages', () => {
  it('keeps the replies of a page typed as a discussion', () => {
    const text = keptText('discussion-thread')
    expect(text).toContain('smells sharply of nail polish remover')
    expect(text).toContain('That smell is a hungry starter')
    expect(text).toContain('Feeding it three times a day worked')
    expect(text).not.toContain('Rye crumb too dense')
  })

  it('still drops the comments under an article', () => {
    const text = keptText('article-with-comments')
    expect(text).toContain('it is hungry, and the yeast makes more of the ester')
    expect(text).not.toContain('mine did the same')
  })
})
