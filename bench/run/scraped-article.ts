/**
 * One synthetic scraped article: Markdown with front matter or a whole HTML
 * page, with the clutter winnow removes (marker-comment ad blocks, AdSense
 * units, affiliate links, tracking pixels, "Also read" link lists, UI
 * residue) around real content (intro, numbered items or sections, images,
 * in-text links). Deterministic for a given random source.
 */

export interface Random {
  /** Uniform float in [0, 1). */
  readonly float: () => number
}

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return {
    float() {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
  }
}

const int = (random: Random, n: number) => Math.floor(random.float() * n)
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T

const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'shi', 'pel', 'dur', 'an', 'qui', 'zor']
/** A vocabulary of made-up words, so that unrelated articles share few shingles. */
const words = Array.from({ length: 2000 }, (_, index) => {
  let word = ''
  for (let n = index + 7; n > 0; n = Math.floor(n / syllables.length))
    word += syllables[n % syllables.length]
  return word
})

export interface ArticleParts {
  readonly title: string
  readonly date: string
  readonly intro: readonly string[]
  readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[]
}

export function sentence(random: Random, length = 8 + int(random, 10)): string {
  const text = Array.from({ length }, () => pick(random, words)).join(' ')
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`
}

function paragraph(random: Random): string {
  return Array.from({ length: 3 + int(random, 4) }, () => sentence(random)).join(' ')
}

export function articleParts(random: Random, index: number): ArticleParts {
  const listicle = random.float() < 0.5
  return {
    title: `${sentence(random, 5).slice(0, -1)} ${index}`,
    date: new Date(Date.UTC(2024, 0, 1) + int(random, 365 * 86_400_000)).toISOString(),
    intro: [paragraph(random), paragraph(random)],
    sections: Array.from({ length: 4 + int(random, 5) }, (_, number) => ({
      heading: `${listicle ? `${number + 1}. ` : ''}${sentence(random, 4).slice(0, -1)}`,
      paragraphs: Array.from({ length: 1 + int(random, 3) }, () => paragraph(random)),
    })),
  }
}

/** A near copy: same body with a new title and a few sentences changed. */
export function nearCopy(random: Random, parts: ArticleParts, index: number): ArticleParts {
  return {
    ...parts,
    title: `${sentence(random, 6).slice(0, -1)} ${index}`,
    sections: parts.sections.map((section) =>
      random.float() < 0.15
        ? { ...section, paragraphs: [...section.paragraphs, sentence(random)] }
        : section,
    ),
  }
}

const adBlock = (random: Random) =>
  pick(random, [
    `<!-- ad start -->\n<div class="ad"><a href="https://ads.example.net/c?id=${int(random, 1e6)}"><img src="https://ads.example.net/b.png"></a></div>\n<!-- ad end -->`,
    '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
    `<img src="https://www.facebook.com/tr?id=${int(random, 1e6)}&ev=PageView" width="1" height="1">`,
    'Advertisement',
  ])

const alsoRead = (random: Random, html: boolean) => {
  const links = Array.from({ length: 3 }, () => ({
    text: sentence(random, 5).slice(0, -1),
    href: `https://news.example.org/${int(random, 1e6)}`,
  }))
  return html
    ? `<h3>Also read</h3><ul>${links.map((link) => `<li><a href="${link.href}">${link.text}</a></li>`).join('')}</ul>`
    : `**Also read**\n\n${links.map((link) => `- [${link.text}](${link.href})`).join('\n')}`
}

const affiliate = (random: Random) =>
  `https://www.amazon.com/dp/B0${int(random, 1e8)}?tag=deals-${int(random, 100)}-20`

export function renderMarkdown(random: Random, parts: ArticleParts): string {
  const blocks = [`---\ntitle: "${parts.title}"\ndate: ${parts.date}\ntags: [news]\n---`]
  blocks.push(`# ${parts.title}`, ...parts.intro, adBlock(random))
  for (const [number, section] of parts.sections.entries()) {
    blocks.push(`## ${section.heading}`, ...section.paragraphs)
    blocks.push(`![${section.heading}](https://img.example.com/${number}-${int(random, 1e6)}.jpg)`)
    if (number % 3 === 1) blocks.push(`Check the [price here](${affiliate(random)}).`)
    if (number % 4 === 2) blocks.push(adBlock(random))
  }
  blocks.push(alsoRead(random, false))
  return `${blocks.join('\n\n')}\n`
}

export function renderHtml(random: Random, parts: ArticleParts): string {
  const body: string[] = [`<h1>${parts.title}</h1>`, ...parts.intro.map((text) => `<p>${text}</p>`)]
  body.push(adBlock(random))
  for (const [number, section] of parts.sections.entries()) {
    body.push(`<h2>${section.heading}</h2>`, ...section.paragraphs.map((text) => `<p>${text}</p>`))
    body.push(
      `<figure><img src="https://img.example.com/${number}-${int(random, 1e6)}.jpg" alt="${section.heading}"></figure>`,
    )
    if (number % 3 === 1)
      body.push(`<p>Check the <a href="${affiliate(random)}">price here</a>.</p>`)
    if (number % 4 === 2) body.push(adBlock(random))
  }
  body.push(alsoRead(random, true))
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${parts.title}</title>
<meta property="article:published_time" content="${parts.date}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>${body.join('\n')}</article>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>
`
}
