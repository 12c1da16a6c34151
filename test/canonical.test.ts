import { describe, expect, it } from 'vitest'
import { assignSlugs } from '../src/canonical/assign-slugs.js'
import { chooseCanonical } from '../src/canonical/choose-canonical.js'
import { findBoilerplate, stripBoilerplate } from '../src/canonical/repeated-boilerplate.js'
import { shorten } from '../src/messages/report-removal.js'
import { paragraphKey } from '../src/structure/paragraph-keys.js'
import type { ArticleRecord } from '../src/types.js'

const members = [
  { path: 'b.md', date: '2024-01-02', length: 500 },
  { path: 'a.md', date: '2024-01-02', length: 100 },
  { path: 'c.md', date: '2023-12-31', length: 200 },
  { path: 'd.md', length: 900 },
]

describe('canonical member', () => {
  it('earliest date, then lowest path; undated last', () => {
    expect(chooseCanonical(members).path).toBe('c.md')
    expect(chooseCanonical(members.slice(0, 2)).path).toBe('a.md')
    expect(
      chooseCanonical([members[3], members[0]].filter((member) => member !== undefined)).path,
    ).toBe('b.md')
  })
  it('newest', () => {
    expect(chooseCanonical(members, 'newest').path).toBe('a.md')
  })
  it('longest', () => {
    expect(chooseCanonical(members, 'longest').path).toBe('d.md')
  })
})

describe('slugs', () => {
  const sha = (digit: string) => digit.repeat(64)
  it('are ASCII, never paths, never a reserved name; a collision gets a short hash, not a counter', () => {
    expect(
      assignSlugs([
        { title: 'Café & Crème: 7 Tips!', sha256: sha('a') },
        { title: 'Café & Crème: 7 Tips!', sha256: sha('b') },
        { title: '../../etc/passwd', sha256: sha('c') },
        { title: '', sha256: sha('d') },
        { title: 'Report', sha256: sha('e') },
        { title: 'Новости дня', sha256: sha('f') },
      ]),
    ).toEqual([
      'cafe-and-creme-7-tips-aaaaaaaa',
      'cafe-and-creme-7-tips-bbbbbbbb',
      'etc-passwd',
      'article-dddddddd',
      'report-article',
      'novosti-dnya',
    ])
  })
  it('fall back to the last meaningful URL segment, then a short content hash', () => {
    expect(
      assignSlugs([
        {
          title: '日本語のタイトル',
          url: 'https://example.jp/news/tokyo-rain/123/',
          sha256: sha('1'),
        },
        { title: '宇航员', url: 'https://example.cn/post/20170310.html', sha256: sha('2') },
        { title: '宇航员', sha256: sha('3') },
      ]),
    ).toEqual(['tokyo-rain', 'article-22222222', 'article-33333333'])
  })
  it('depend only on their own group: adding or reordering others renames none', () => {
    const groups = [
      { title: '日本語', sha256: sha('4') },
      { title: 'Weather in Oslo', sha256: sha('5') },
      { title: 'Погода', sha256: sha('6') },
    ]
    const before = assignSlugs(groups)
    const after = assignSlugs([{ title: '中文标题', sha256: sha('7') }, ...groups].reverse())
    expect(after.slice(0, 3).reverse()).toEqual(before)
  })
  it('are at most 80 characters before a suffix', () => {
    const [slug] = assignSlugs([{ title: 'word '.repeat(60), sha256: sha('8') }])
    expect(slug?.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})

let counter = 0
function record(paragraphs: string[], url?: string): { path: string; record: ArticleRecord } {
  counter++
  return {
    path: `doc-${counter}.md`,
    record: {
      title: 't',
      ...(url === undefined ? {} : { url }),
      tags: [],
      categories: [],
      kind: 'article',
      intro: paragraphs.join('\n\n'),
      items: [],
      sections: [],
      text: paragraphs.join('\n'),
      paragraphs: paragraphs.flatMap((text) => {
        const key = paragraphKey(text)
        return key ? [{ key, preview: shorten(text) }] : []
      }),
    },
  }
}

describe('repeated boilerplate', () => {
  const footer = 'Subscribe to our newsletter for weekly deals.'
  it('is a boilerplate-looking paragraph at the edge of articles of three or more groups', () => {
    const groups = [
      [record(['Unique one here ok.', footer])],
      [record(['Unique two here ok.', footer])],
      [record(['Unique three here ok.', footer])],
    ]
    const plan = findBoilerplate(groups)
    expect(plan.size).toBe(3)
    for (const [member] of groups) {
      expect([...(plan.get(member?.path ?? '')?.keys() ?? [])]).toEqual([paragraphKey(footer)])
    }
    const keys = new Set(plan.get(groups[0]?.[0]?.path ?? '')?.keys())
    expect(stripBoilerplate(`Unique one here ok.\n\n*${footer}*`, keys)).toBe('Unique one here ok.')
  })
  it('is not a paragraph repeated inside one group, or in only two', () => {
    const copies = [
      record(['Same text in copies here.', footer]),
      record(['Same text in copies here.', footer]),
    ]
    expect(findBoilerplate([copies, [record(['Other text entirely here.', footer])]]).size).toBe(0)
  })
  it('never takes a paragraph between two kept paragraphs', () => {
    const groups = [1, 2, 3, 4].map((n) => [
      record([`Unique opening number ${n} here.`, footer, `Unique closing number ${n} here.`]),
    ])
    expect(findBoilerplate(groups).size).toBe(0)
  })
  it('never takes a long paragraph that does not look like boilerplate, from any site', () => {
    const story =
      'The council approved the new bridge on Tuesday after a long debate about its cost, its design and the years of work it will take to finish.'
    const groups = [1, 2, 3].map((n) => [record([`Unique text number ${n} here.`, story])])
    expect(findBoilerplate(groups).size).toBe(0)
  })
  it('takes any paragraph repeated on three pages of one site, at the edges', () => {
    const address =
      'Example Garden Supplies, 12 High Street, Leeds, registered in England as company 01234567, open every day from nine to five.'
    const groups = [1, 2, 3].map((n) => [
      record([`Unique text number ${n} here.`, address], `https://www.example.com/page-${n}`),
    ])
    const plan = findBoilerplate(groups)
    expect(plan.size).toBe(3)
    expect([...(plan.get(groups[0]?.[0]?.path ?? '')?.values() ?? [])]).toEqual([
      { kind: 'site', groups: 3, host: 'example.com' },
    ])
    // On three different sites, the same paragraph is content.
    const apart = [1, 2, 3].map((n) => [
      record([`Unique text number ${n} here.`, address], `https://site-${n}.example/page`),
    ])
    expect(findBoilerplate(apart).size).toBe(0)
  })
  it('never empties an article', () => {
    const groups = [1, 2, 3].map(() => [record([footer])])
    expect(findBoilerplate(groups).size).toBe(0)
  })
})

describe('chained copies', () => {
  it('are split so every member is within the threshold of its canonical member', async () => {
    const { fingerprint, estimateSimilarity } = await import('../src/dedupe/index.js')
    const { buildGroups } = await import('../src/canonical/build-groups.js')
    let seed = 7
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return `w${seed % 5000}`
    }
    const a = Array.from({ length: 400 }, word)
    // b shares a's first 300 words, c shares b's last 300 words.
    const b = [...a.slice(0, 300), ...Array.from({ length: 100 }, word)]
    const c = [...Array.from({ length: 100 }, word), ...b.slice(100)]
    const texts = [a, b, c].map((words) => words.join(' '))
    const prints = texts.map((text) => fingerprint(text))
    const [fa, fb, fc] = prints
    if (!fa || !fb || !fc) throw new Error('no fingerprints')
    expect(estimateSimilarity(fa, fb)).toBeGreaterThan(0.4)
    expect(estimateSimilarity(fb, fc)).toBeGreaterThan(0.4)
    expect(estimateSimilarity(fa, fc)).toBeLessThan(0.4)
    const inputs = texts.map((text, index) => ({
      path: `${'abc'[index]}.md`,
      sha256: '0'.repeat(64),
      fingerprint: prints[index] ?? fa,
      record: { ...record([text]).record, title: `T${index}`, date: `2024-01-0${index + 1}`, text },
      length: text.length,
    }))
    const articles = buildGroups(inputs, [[0, 1, 2]], {
      canonical: 'earliest',
      threshold: 0.4,
      boilerplate: new Map(),
    })
    expect(articles.map((article) => article.sources.map((source) => source.path))).toEqual([
      ['a.md', 'b.md'],
      ['c.md'],
    ])
  })
})
