import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultPolicy } from '../src/clean/policy.js'
import { cleanText } from '../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../src/read/front-matter.js'
import { withoutSiteSegments } from '../src/structure/clean-title.js'
import { isoDate } from '../src/structure/iso-date.js'
import { readMetadata } from '../src/structure/read-metadata.js'
import { nameKey, siteNameKeys } from '../src/structure/site-names.js'

const settings = { policy: defaultPolicy, frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS }
const body = '<article><p>Some words of the article, enough of them to be its text.</p></article>'

function titleOf(head: string, page = body): { title: unknown; file: VFile } {
  const file = new VFile()
  const { metadata } = cleanText(
    `<html lang="cs"><head>${head}</head><body>${page}</body></html>`,
    file,
    settings,
  )
  return { title: metadata.title, file }
}

describe('titles', () => {
  it('lose the og:site_name segment, and say so', () => {
    const { title, file } = titleOf(
      '<meta property="og:title" content="West Ham hrozí gigantům | Aktuálně.cz"><meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">',
    )
    expect(title).toBe('West Ham hrozí gigantům')
    expect(file.messages.map((message) => message.ruleId)).toContain('title-site-name')
  })
  it('lose the host name as a segment, bracketed or not', () => {
    const sites = siteNameKeys({ url: 'https://lwn.net/Articles/1/' })
    expect(withoutSiteSegments('LWN.net Weekly Edition for March 26, 2015 [LWN.net]', sites)).toBe(
      'LWN.net Weekly Edition for March 26, 2015',
    )
    expect(
      withoutSiteSegments(
        'Mozilla - Wikipedia',
        siteNameKeys({ canonical: 'https://en.wikipedia.org/wiki/Mozilla' }),
      ),
    ).toBe('Mozilla')
  })
  it('keep a title with no site segment as it is, brackets and all', () => {
    const sites = siteNameKeys({ url: 'https://example.com/a' })
    for (const title of [
      'Node.js profiling (in real time)',
      'Screenshot : «Vape Wave», «6 Days»…',
      'Example',
    ])
      expect(withoutSiteSegments(title, sites)).toBe(title)
  })
  it('never take a JSON-LD headline that is a description over the heading', () => {
    const { title } = titleOf(
      '<title>New Zealand - Wikipedia</title><link rel="canonical" href="https://en.wikipedia.org/wiki/New_Zealand"><script type="application/ld+json">{"@type":"Article","name":"New Zealand","headline":"constitutional monarchy in Oceania"}</script>',
      `<h1>New Zealand</h1>${body}`,
    )
    expect(title).toBe('New Zealand')
  })
  it('keep the title when the only agreeing h1 is the site logo', () => {
    const { title } = titleOf(
      '<title>Daring Fireball: Colophon</title>',
      `<h1>Daring Fireball</h1>${body}`,
    )
    expect(title).toBe('Daring Fireball: Colophon')
  })
  it('compare names without case, accents or punctuation', () => {
    expect(nameKey('Aktuálně.cz')).toBe(nameKey('aktualne cz'))
  })
})

describe('dates', () => {
  it('become ISO 8601, keeping the offset the source gives and guessing none', () => {
    expect(isoDate('2015-07-10 09:53:00 -0400')).toBe('2015-07-10T09:53:00-04:00')
    expect(isoDate('05/29/2007 09:49:00')).toBe('2007-05-29T09:49:00')
    expect(isoDate('2016-02-01 01:28:49')).toBe('2016-02-01T01:28:49')
    expect(isoDate('2017-12-01T03:00:00-0800')).toBe('2017-12-01T03:00:00-08:00')
    expect(isoDate('2017-11-16T14:15+0000')).toBe('2017-11-16T14:15+00:00')
    expect(isoDate('2020-11-11 12:00:00.000-0600')).toBe('2020-11-11T12:00:00.000-06:00')
    expect(isoDate('Fri, 03 Aug 2024 02:44:36 GMT')).toBe('2024-08-03T02:44:36Z')
    expect(isoDate('August 3, 2024 2:44 PM EDT')).toBe('2024-08-03T14:44-04:00')
    expect(isoDate('3 August 2024')).toBe('2024-08-03')
    expect(isoDate('29.05.2007')).toBe('2007-05-29')
    expect(isoDate('2024-08-03')).toBe('2024-08-03')
    expect(isoDate('March 5, 2024 10:00 CST')).toBe('2024-03-05T10:00')
  })
  it('drop what is not a date', () => {
    for (const value of ['yesterday', '2024-02-30', '13/13/2024', 'soon', ''])
      expect(isoDate(value)).toBeUndefined()
  })
})

describe('metadata', () => {
  it('splits tags and keywords given as one string', () => {
    expect(readMetadata({ tags: ['Oceans,New Zealand, Whales'], keywords: 'x' }).tags).toEqual([
      'Oceans',
      'New Zealand',
      'Whales',
    ])
    expect(readMetadata({ keywords: 'a; b, c' }).tags).toEqual(['a', 'b', 'c'])
  })
  it('lets an author handle yield to a real name', () => {
    expect(readMetadata({ author: '@BBCWorld', authorNames: ['BBC News'] }).author).toBe('BBC News')
    expect(readMetadata({ author: '@BBCWorld' }).author).toBe('@BBCWorld')
    expect(readMetadata({ author: 'Jane Doe', authorNames: ['Other'] }).author).toBe('Jane Doe')
  })
  it('reads lang from <html lang>, front matter lang or the envelope language', () => {
    const file = new VFile()
    const { metadata } = cleanText(`<html lang="pt_br"><body>${body}</body></html>`, file, settings)
    expect(readMetadata(metadata).lang).toBe('pt-BR')
    expect(readMetadata({ language: 'en' }).lang).toBe('en')
    expect(readMetadata({ lang: 'not a language' }).lang).toBeUndefined()
  })
})
