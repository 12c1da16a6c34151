import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CanonicalArticle } from '../src/index.js'
import { runToMemory } from './helpers/run-to-memory.js'

const root = path.join(import.meta.dirname, '..')
const inputs = readdirSync(path.join(root, 'input')).map((name) =>
  readFileSync(path.join(root, 'input', name), 'utf8'),
)
const result = await runToMemory(root)
const article = JSON.parse(
  result.outputs.get(`${result.articles[0]?.slug}.json`) ?? '{}',
) as CanonicalArticle
const allOutput = [...result.outputs.values()].join('\n')
const markdown = [...result.outputs]
  .filter(([name]) => name.endsWith('.md'))
  .map(([, text]) => text)
  .join('\n')

/** Content outside the comment-marked ad blocks of the inputs. */
function outsideMarkers(text: string): string {
  return text.replace(/<!-- affiliate ads begin -->[\s\S]*?<!-- affiliate ads end -->/g, '')
}

describe('the sample articles', () => {
  it('make one group with both sources', () => {
    expect(result.report.clusters).toHaveLength(1)
    expect(article.sources.map((source) => source.path)).toEqual([
      'input/000_0feee18a19166be3.txt',
      'input/001_71256f6104bc8129.txt',
    ])
    expect(article.titleVariants).toEqual([
      'Solve the Issue: Top 7 Methods for Restoring iCloud Photo Synchronization on iPhone',
    ])
  })

  it('keep the earliest as canonical', () => {
    expect(article.title).toBe('IPhone and iCloud Photos Not Updating? Try These 7 Fixes!')
    expect(article.date).toBe('2024-08-03T02:44:36.535Z')
  })

  it('have the seven fixes as numbered items, titled exactly, and the closing section', () => {
    expect(article.kind).toBe('listicle')
    expect(article.items.map((item) => `${item.number}. ${item.title}`)).toEqual([
      '1. Check Your Settings',
      '2. Check Your Internet Connection',
      '3. Check Your iCloud Storage',
      '4. Optimize Your iPhone Storage',
      '5. Restart Your iPhone',
      '6. Update Your iPhone',
      '7. Plug In Your iPhone to Charge',
    ])
    expect(article.sections.map((section) => section.title)).toEqual([
      'Keep Your iCloud Photos Synced and Up to Date',
    ])
    expect(article.sections[0]?.body).toContain('Genius Bar')
  })

  it('keep every content image and every in-text link of every input', () => {
    for (const input of inputs) {
      const content = outsideMarkers(input)
      const images = [...content.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)]
      const links = [...content.matchAll(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g)]
      expect(images.length).toBeGreaterThan(10)
      expect(links.length).toBeGreaterThanOrEqual(5)
      for (const [whole] of [...images, ...links]) expect(markdown).toContain(whole)
      for (const [, alt, src] of images) {
        expect(article.items.flatMap((item) => item.images)).toContainEqual({ alt, src })
      }
    }
  })

  it('leave no ad, affiliate, tracking, also-read or Close residue', () => {
    for (const residue of [
      'AFFILIATE=',
      'sjv.io',
      'pxf.io',
      '8odi.net',
      '7eer.net',
      'impactradius',
      '2checkout',
      'avangate',
      'adsbygoogle',
      'ca-pub-',
      'Also read',
      'techidaily.com/',
      '/a>',
      '<',
      'iframe',
      'youtube.com/embed',
    ]) {
      expect(allOutput.includes(residue), residue).toBe(false)
    }
    expect(markdown).not.toMatch(/^Close$/m)
  })

  it('report every removal per input', () => {
    for (const input of result.report.inputs) {
      expect(input.status).toBe('ok')
      expect(input.removed?.['marker-block']).toBeGreaterThan(5)
      expect(input.removed?.adsense).toBe(2)
      expect(input.removed?.['link-list']).toBe(1)
      expect(input.removed?.['ui-residue']).toBe(4)
    }
  })

  it('match the committed output/ byte for byte (output/ is not stale)', () => {
    const committed = readdirSync(path.join(root, 'output')).sort()
    expect(committed).toEqual([...result.outputs.keys()].sort())
    for (const [name, content] of result.outputs) {
      expect(
        readFileSync(path.join(root, 'output', name), 'utf8'),
        `output/${name} is stale: run npm start`,
      ).toBe(content)
    }
  })
})
