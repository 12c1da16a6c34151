import { describe, expect, it } from 'vitest'
import { cutBlocks } from '../src/canonical/cut-blocks.js'
import { parseRecordMarkdown, stripBoilerplate } from '../src/canonical/repeated-boilerplate.js'
import { stripRecordBoilerplate } from '../src/canonical/strip-record-boilerplate.js'
import { buildRecord } from '../src/structure/build-record.js'
import { blockKey, paragraphKey } from '../src/structure/paragraph-keys.js'
import type { ArticleRecord } from '../src/types.js'

const footer = 'Sign up for our newsletter to get the *best* deals every week.'
const pitch = 'Check the price here before it goes up again today.'

const listicle = `# Seven fixes

Intro paragraph about kettles and the ways they scale.

${footer}

## 1. Descale it

Use vinegar and water, then rinse twice.

${pitch}

## 2. Replace the filter

The filter sits behind the spout; see [the manual](https://example.com/manual).

${pitch} See [our shop](https://example.com/shop).

## 3. Wipe it

Wipe the outside with a damp cloth.

## Sources

- one source

${footer}

- another source
`

function record(markdown: string): ArticleRecord {
  return buildRecord(parseRecordMarkdown(markdown), { metadata: {}, fallbackTitle: 'x' })
}

/** The slow path: every part parsed again and media collected again. */
function slowStrip(value: ArticleRecord, boilerplate: ReadonlySet<string>): ArticleRecord {
  return stripRecordBoilerplate(
    { ...value, paragraphs: value.paragraphs.map(({ key, preview }) => ({ key, preview })) },
    boilerplate,
  )
}

describe('stripRecordBoilerplate', () => {
  const value = record(listicle)
  const boilerplate = new Set(
    [footer, pitch, `${pitch} See our shop.`].map((text) =>
      paragraphKey(text.replace(/\*/g, '')),
    ) as string[],
  )

  it('knows the part and the Markdown block of each top-level paragraph', () => {
    const pitchKeys = value.paragraphs.filter((paragraph) => paragraph.key === paragraphKey(pitch))
    expect(pitchKeys).toHaveLength(1)
    expect(pitchKeys[0]?.part).toBe(1)
    expect(pitchKeys[0]?.block).toBe(blockKey(pitch))
  })

  it('cuts boilerplate blocks out as the parsing path would remove them', () => {
    const fast = stripRecordBoilerplate(value, boilerplate)
    const { paragraphs: _fast, ...fastParts } = fast
    const { paragraphs: _slow, ...slowParts } = slowStrip(value, boilerplate)
    expect(fastParts).toEqual(slowParts)
    expect(fast.intro).not.toContain('newsletter')
    expect(fast.items[0]?.body).toBe('Use vinegar and water, then rinse twice.')
    // The item that lost a link has its links collected again.
    expect(fast.items[1]?.links.map((link) => link.href)).toEqual(['https://example.com/manual'])
    // Between two lists, the paragraph goes by the parsing path, and the lists do not merge.
    expect(fast.sections[0]?.body).not.toContain('newsletter')
    expect(fast.sections[0]?.body).toBe(slowStrip(value, boilerplate).sections[0]?.body)
  })

  it('leaves records without boilerplate untouched', () => {
    expect(stripRecordBoilerplate(value, new Set(['0000000000000000']))).toBe(value)
  })
})

describe('cutBlocks', () => {
  it('cuts exactly the blocks asked for, or refuses', () => {
    const markdown = 'a para\n\ncut me\n\nlast'
    expect(cutBlocks(markdown, new Set([blockKey('cut me')]), 1)).toEqual({
      markdown: 'a para\n\nlast',
      removed: ['cut me'],
    })
    expect(cutBlocks(markdown, new Set([blockKey('cut me')]), 2)).toBeUndefined()
    expect(cutBlocks('- a\n\ncut me\n\n- b', new Set([blockKey('cut me')]), 1)).toBeUndefined()
    expect(cutBlocks('> a\n\ncut me\n\n> b', new Set([blockKey('cut me')]), 1)).toBeUndefined()
  })

  it('matches what stripBoilerplate does on the same Markdown', () => {
    const markdown =
      'Keep this paragraph here.\n\nCut this boilerplate line now.\n\n## Heading\n\nKeep too.'
    const key = paragraphKey('Cut this boilerplate line now.') as string
    expect(
      cutBlocks(markdown, new Set([blockKey('Cut this boilerplate line now.')]), 1)?.markdown,
    ).toBe(stripBoilerplate(markdown, new Set([key])))
  })
})
