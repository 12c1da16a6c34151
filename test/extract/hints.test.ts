import { describe, expect, it } from 'vitest'
import { hintTokens, readHints } from '../../src/extract/hints.js'

const hints = (className: string, id?: string) =>
  readHints(hintTokens(className.split(' ').filter(Boolean), id))

describe('class and id hints', () => {
  it('split class names on punctuation and camelCase', () => {
    expect(hintTokens(['c-article-body__text', 'storyBody'], 'mainContent')).toEqual([
      'c',
      'article',
      'body',
      'text',
      'story',
      'body',
      'main',
      'content',
    ])
  })

  it('match ad tokens on word boundaries only', () => {
    expect(hints('top-ad').furniture).toBe(true)
    expect(hints('adSlot ad-wrapper').furniture).toBe(true)
    for (const name of ['header', 'load-more', 'shadow', 'badge', 'read', 'download']) {
      expect(hints(name).furniture).toBe(false)
    }
  })

  it('leave ad slots inside the article to the cleaning rules', () => {
    expect(hints('ad-slot')).toMatchObject({ furniture: true, pageFurniture: false })
    expect(hints('sidebar')).toMatchObject({ furniture: true, pageFurniture: true })
  })

  it('read a negation: a non-ad column is not an ad', () => {
    expect(hints('non-ad-column').furniture).toBe(false)
  })

  it('read a layout modifier: a layout with a sidebar is not the sidebar', () => {
    expect(hints('with-sidebar-layout').furniture).toBe(false)
    expect(hints('has-comments').furniture).toBe(false)
    expect(hints('sidebar-widget').furniture).toBe(true)
  })

  it('read a layout name: a block laid out with a sidebar is not the sidebar', () => {
    expect(hints('wp-block-enrollment-blocks-sidebar-layout').furniture).toBe(false)
    expect(hints('sidebar-nav').furniture).toBe(true)
  })

  it('let a positive token win over a furniture token', () => {
    expect(hints('post-content comments-open')).toMatchObject({ weight: 0, furniture: false })
    expect(hints('comment-list')).toMatchObject({ weight: -25, furniture: true })
  })

  it('treat builder wrappers (widget, banner) as weak, not furniture', () => {
    expect(hints('elementor-widget-container')).toMatchObject({ weight: -25, furniture: false })
  })

  it('keep embedded posts: a social embed is not a share row', () => {
    expect(hints('social-media-embed').furniture).toBe(false)
    expect(hints('social-share').furniture).toBe(true)
  })

  it('recognise furniture phrases across tokens', () => {
    expect(hints('read-more-big').furniture).toBe(true)
    expect(hints('most-read-list').furniture).toBe(true)
  })
})
