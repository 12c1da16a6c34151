import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { cleanHast } from '../../src/clean/clean-hast.js'
import { trackingReason } from '../../src/clean/remove-tracking-pixels.js'
import { extractArticle } from '../../src/extract/extract-article.js'
import { largestCandidate, resolveLazyImages } from '../../src/extract/resolve-lazy-images.js'

const folder = path.join(import.meta.dirname, '../../fixtures/extract')

/** Extract and clean a fixture page as the pipeline does. */
function cleanFixture(name: string): { tree: Root; file: VFile } {
  const file = new VFile()
  const html = readFileSync(path.join(folder, `${name}.html`), 'utf8')
  const { content } = extractArticle(fromHtml(html), file)
  return { tree: cleanHast(content, file), file }
}

function imageSources(tree: Root): string[] {
  const sources: string[] = []
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') sources.push(String(node.properties.src ?? ''))
  })
  return sources
}

describe('lazy images become the real image', () => {
  const { tree } = cleanFixture('lazy-images')
  const sources = imageSources(tree)

  it('keeps every content image, each with its real address, in order', () => {
    expect(sources).toEqual([
      'https://example.org/img/river-dawn.jpg', // data-src over a data: placeholder
      'https://example.org/img/heron.jpg', // data-lazy-src over a blank.gif
      'https://example.org/img/bridge.jpg', // data-original, no src
      'https://example.org/img/mill-1200.jpg', // the largest data-srcset candidate
      'https://example.org/img/weir-2x.jpg', // the largest srcset candidate, no src
      'https://example.org/img/lock-1600.webp', // <picture><source>
      'https://example.org/img/otter.jpg', // the <noscript> twin
      'https://example.org/img/kingfisher.jpg', // in a link to its larger version
      'https://example.org/img/meadow.jpg', // 570×0: a height of 0 means "auto"
    ])
  })

  it('never keeps a placeholder', () => {
    for (const src of sources) expect(src).not.toMatch(/^data:|blank\.gif/)
    // The placeholder with nothing behind it is no image.
    expect(sources).not.toContain('')
  })

  it('keeps the caption of a figure as text under its image', () => {
    expect(toText(tree)).toContain('A kingfisher on the old weir, early May.')
  })
})

describe('images in links and around the article', () => {
  it('keeps a captioned image in a lightbox link (an image, not a block of links)', () => {
    const { tree, file } = cleanFixture('lightbox-figure')
    expect(imageSources(tree)).toEqual(['https://example.org/photos/night-heron.jpg'])
    expect(toText(tree)).toContain('A night heron at dusk')
    expect(file.messages.map((message) => String(message.reason))).not.toContainEqual(
      expect.stringContaining('night heron'),
    )
  })

  it('keeps the og:image lead photo that sits just outside the article container', () => {
    const { tree } = cleanFixture('lead-image')
    expect(imageSources(tree)).toContain('https://example.org/media/wall.jpg')
    expect(toText(tree)).toContain('The north wall, halfway through.')
    // The site logo is not the lead image.
    expect(imageSources(tree)).not.toContain('https://example.org/media/logo.png')
  })
})

describe('resolveLazyImages', () => {
  function resolve(html: string): Element[] {
    const tree = fromHtml(html, { fragment: true })
    resolveLazyImages(tree)
    const images: Element[] = []
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') images.push(node)
    })
    return images
  }

  it('leaves an image with a real src alone', () => {
    const [image] = resolve('<img src="/a.jpg" data-src="/b.jpg" srcset="/c.jpg 2x">')
    expect(image?.properties.src).toBe('/a.jpg')
  })

  it('drops the 1×1 size of a replaced placeholder', () => {
    const [image] = resolve(
      '<img src="data:image/gif;base64,R0" data-src="/a.jpg" width="1" height="1">',
    )
    expect(image?.properties).toMatchObject({ src: '/a.jpg' })
    expect(image?.properties.width).toBeUndefined()
    expect(trackingReason(image as Element)).toBeUndefined()
  })

  it('turns a lone <noscript> image into the image', () => {
    const images = resolve('<div><noscript><img src="/real.jpg" alt="Real"></noscript></div>')
    expect(images.map((image) => image.properties.src)).toEqual(['/real.jpg'])
  })

  it('takes the largest srcset candidate, commas in URLs included', () => {
    expect(
      largestCandidate(
        'https://cdn.example/c_fill,w_320/a.jpg 320w, https://cdn.example/c_fill,w_1600/a.jpg 1600w, https://cdn.example/c_fill,w_800/a.jpg 800w',
      ),
    ).toBe('https://cdn.example/c_fill,w_1600/a.jpg')
    expect(largestCandidate('/a.jpg, /b.jpg 2x')).toBe('/b.jpg')
  })
})

describe('trackingReason', () => {
  const image = (properties: Element['properties']): Element => ({
    type: 'element',
    tagName: 'img',
    properties,
    children: [],
  })
  it('still finds 1×1, 0×0 and one-pixel spacers', () => {
    expect(trackingReason(image({ src: '/p.gif', width: '1', height: '1' }))).toBeDefined()
    expect(trackingReason(image({ src: '/p.gif', width: '0', height: '0' }))).toBeDefined()
    expect(trackingReason(image({ src: '/p.gif', width: '600', height: '1' }))).toBeDefined()
  })
  it('keeps an image whose layout box is sized by min-width (Next.js fill images)', () => {
    expect(
      trackingReason(
        image({ src: '/a.jpg', style: 'width:0;height:0;min-width:100%;min-height:100%' }),
      ),
    ).toBeUndefined()
  })
})
