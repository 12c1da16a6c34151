import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { decodeDataBlock } from '../../src/review/data-block.js'
import { renderReviewPage } from '../../src/review/render-page.js'
import type { ReviewGroup, ReviewModel } from '../../src/review/review-model.js'

const EVIL = `</script><script>alert(1)</script><img src=x onerror=alert(2)><!--"' & \u2028`

function hostileGroup(slug: string): ReviewGroup {
  return {
    slug,
    title: `${EVIL} title`,
    titleVariants: [`${EVIL} variant`],
    kind: EVIL,
    date: EVIL,
    notes: [EVIL],
    canonicalHtml: '<p>safe</p>',
    sources: [
      {
        path: `${EVIL}.md`,
        title: EVIL,
        similarity: 0.5,
        canonical: true,
        status: 'ok',
        notes: [EVIL],
        counts: { [EVIL]: 1 },
        removals: [{ id: 0, ruleId: EVIL, reason: EVIL, line: 1, column: 1, preview: EVIL }],
        html: 'escaped',
      },
    ],
  }
}

const model: ReviewModel = {
  inputs: 3,
  ok: 2,
  skipped: 0,
  failed: 1,
  problems: [{ path: `${EVIL}.md`, status: 'error', reason: EVIL }],
  groups: [{ ...hostileGroup('a'), articleText: `${EVIL} article text` }, hostileGroup('b')],
}

describe('renderReviewPage', () => {
  const page = renderReviewPage(model)
  const tree = fromHtml(page)
  const all: Element[] = []
  visit(tree, 'element', (node) => {
    all.push(node)
  })

  it('lets no string from the model become markup', () => {
    expect(all.filter((node) => node.tagName === 'img')).toEqual([])
    expect(
      all.filter((node) => Object.keys(node.properties).some((key) => /^on/i.test(key))),
    ).toEqual([])
    const scripts = all.filter((node) => node.tagName === 'script')
    expect(scripts.map((node) => node.properties.type ?? 'code')).toEqual([
      'code',
      'code',
      'application/octet-stream',
      'application/octet-stream',
      'application/octet-stream',
    ])
    // The data blocks are base64: nothing in them can close the block or become markup.
    for (const block of scripts.filter((node) => node.properties.type !== undefined))
      expect(toText(block)).toMatch(/^[A-Za-z0-9+/]*={0,2}$/)
    expect(page.match(/<!--/g)).toBeNull()
  })

  it('shows index titles and problems as text', () => {
    const titles = all.filter((node) => node.properties.className?.toString() === 't')
    expect(titles.map((node) => toText(node))).toEqual([`${EVIL} title`, `${EVIL} title`])
    expect(toText(tree)).toContain(`${EVIL}.md error: ${EVIL}`)
  })

  it('embeds each group as a compressed block that decodes to the same data, article text apart', () => {
    const blocks = all.filter((node) => node.properties.type === 'application/octet-stream')
    expect(blocks.map((node) => node.properties.id)).toEqual(['group-0', 'group-1', 'search-text'])
    const decoded = blocks.map((node) => decodeDataBlock(toText(node)))
    expect(decoded.slice(0, 2)).toEqual(
      model.groups.map(({ articleText: _, ...group }) => group as ReviewGroup),
    )
    expect(decoded[2]).toEqual([`${EVIL} article text`.toLowerCase(), ''])
  })

  it('starts with no group rendered', () => {
    const view = all.find((node) => node.properties.id === 'group-view')
    expect(view?.children).toEqual([])
    expect(view?.properties.hidden).toBe(true)
  })
})
