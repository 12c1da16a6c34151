import fc from 'fast-check'
import { xssVectors } from '../../../bench/fuzz/xss-vectors.js'

export { xssVectors }

/** A block in both syntaxes: Markdown documents take `md`, HTML pages take `html`. */
interface Block {
  readonly md: string
  readonly html: string
}

const same = (text: string): Block => ({ md: text, html: text })

const adBlocks: readonly Block[] = [
  same(
    '<!-- ad start -->\n<div class="ad"><a href="https://ads.example.net/c"><img src="https://ads.example.net/b.png"></a></div>\n<!-- ad end -->',
  ),
  same(
    '<!-- affiliate ads begin -->\n<a href="https://www.amazon.com/dp/B01?tag=x-20">Buy</a>\n<!-- affiliate ads end -->',
  ),
  same(
    '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
  ),
  same('<img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1">'),
  {
    md: '**Also read**\n\n- [Other story](https://news.example.org/1)\n- [Another story](https://news.example.org/2)',
    html: '<p><strong>Also read</strong></p><ul><li><a href="https://news.example.org/1">Other story</a></li><li><a href="https://news.example.org/2">Another story</a></li></ul>',
  },
  { md: 'Advertisement', html: '<p>Advertisement</p>' },
  // Loose text between blocks, not in a <p>.
  same('Advertisement'),
  same('As an Amazon Associate I earn from qualifying purchases.'),
  // Bare affiliate URLs, as text and as the text of an affiliate link.
  same('<p>Buy it at https://www.amazon.com/dp/B03?tag=deals-20 today.</p>'),
  same('<p>Get it at <a href="https://amzn.to/3xyz">https://amzn.to/3xyz</a> now.</p>'),
  { md: '[adinserter block="3"]', html: '<p>[adinserter block="3"]</p>' },
  {
    md: 'As an Amazon Associate I earn from qualifying purchases.',
    html: '<p>As an Amazon Associate I earn from qualifying purchases.</p>',
  },
  {
    md: 'Get it [on Amazon](https://www.amazon.com/dp/B02?tag=deals-20) today.',
    html: '<p>Get it <a href="https://www.amazon.com/dp/B02?tag=deals-20">on Amazon</a> today.</p>',
  },
]

const word = fc.constantFrom(
  ...'the kettle scale vinegar lemon water boil rinse descale minutes lime citric acid steel element jug filter tap hard soft'.split(
    ' ',
  ),
)
const sentence = fc
  .array(word, { minLength: 4, maxLength: 14 })
  .map((words) => `${words.join(' ')}.`.replace(/^./, (first) => first.toUpperCase()))
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))

const content: fc.Arbitrary<Block> = fc.oneof(
  paragraph.map((text) => ({ md: text, html: `<p>${text}</p>` })),
  fc.tuple(fc.nat(20), sentence).map(([number, title]) => ({
    md: `## ${number + 1}. ${title}`,
    html: `<h2>${number + 1}. ${title}</h2>`,
  })),
  sentence.map((title) => ({ md: `## ${title}`, html: `<h2>${title}</h2>` })),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => ({
    md: items.map((item) => `- ${item}`).join('\n'),
    html: `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`,
  })),
  sentence.map((alt) => ({
    md: `![${alt}](https://img.example.com/a.jpg)`,
    html: `<img src="https://img.example.com/a.jpg" alt="${alt}">`,
  })),
  sentence.map((text) => ({
    md: `A [link about ${text}](https://ok.example/page) in prose.`,
    html: `<p>A <a href="https://ok.example/page">link about ${text}</a> in prose.</p>`,
  })),
  paragraph.map((text) => ({ md: `> ${text}`, html: `<blockquote>${text}</blockquote>` })),
  paragraph.map((text) => same(`<p>${text} <b>bold</b> <a href="https://ok.example/">ok</a></p>`)),
  // Bare URLs, `www.` domains and e-mail addresses in text: GFM links them.
  fc
    .tuple(
      sentence,
      fc.constantFrom(
        'https://shop.example/kettle?tag=x-20',
        'www.ok.example/descale.',
        'help@ok.example',
        '(see http://ok.example/a_(b))',
      ),
    )
    .map(([text, url]) => ({ md: `${text} ${url}`, html: `<p>${text} ${url}</p>` })),
)

/** Markup that shows an injection vector as text: escaped in `<pre>`/`<code>`, or Markdown code. */
const shownMarkup: fc.Arbitrary<Block> = fc
  .constantFrom(...xssVectors.filter((vector) => !vector.includes('\n')))
  .chain((vector) => {
    const escaped = vector.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    return fc.constantFrom<Block>(
      same(`<pre><code>${escaped}\n</code></pre>`),
      same(`<pre>${escaped}</pre>`),
      same(`<p>Use <code>${escaped}</code> here.</p>`),
      { md: `\`\`\`\n${vector}\n\`\`\``, html: `<pre><code>${escaped}</code></pre>` },
      {
        md: `~~~html\n${vector}\n~~~`,
        html: `<pre><code class="language-html">${escaped}</code></pre>`,
      },
    )
  })

/** Inline elements that HTML reopens around the blocks after them when left open. */
const inlineOpeners = ['<em>', '<b>', '<i>', '<strong>', '<s>', '<a href="https://ok.example/">']

/**
 * Block content inside phrasing content: an inline tag left open before a
 * block, blocks nested in emphasis or links, backtick runs and fence
 * lookalikes. HTML's active-formatting rules turn these into code blocks,
 * lists and tables inside emphasis, which Markdown cannot say.
 */
const nesting: fc.Arbitrary<Block> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...inlineOpeners), paragraph, shownMarkup, paragraph)
    .map(([open, before, shown, after]) =>
      same(`<p>${open}${before}</p>\n${shown.html}\n<p>${after}</p>`),
    ),
  fc
    .tuple(fc.constantFrom('em', 'b', 'a href="https://ok.example/"', 'del'), shownMarkup, sentence)
    .map(([tag, shown, text]) => {
      const name = tag.split(' ')[0] ?? tag
      return same(`<p><${tag}>${text}${shown.html}<ul><li>${text}</li></ul></${name}></p>`)
    }),
  fc
    .tuple(fc.constantFrom('em', 'strong', 's'), sentence)
    .map(([tag, text]) =>
      same(
        `<${tag}><table><tr><td><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>${text}</td></tr></table></${tag}>`,
      ),
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom('`', '~'), sentence)
    .map(([count, fence, text]) => same(`${fence.repeat(count)} ${text} ${fence.repeat(count)}`)),
  fc.constantFrom(
    same('<p><s><s>struck twice</s></s></p>'),
    same('<p><del><del>text</del></del> <del><s>more</s></del></p>'),
    same('<p><a href="https://a.example/"><a href="https://b.example/">nested</a></a></p>'),
    same('<h2><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre></h2>'),
  ),
)

/** One block of a scraped document: content, an ad, an injection vector, or markup shown as text. */
export const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: content },
  { weight: 2, arbitrary: fc.constantFrom(...adBlocks) },
  { weight: 3, arbitrary: fc.constantFrom(...xssVectors.map(same)) },
  { weight: 2, arbitrary: shownMarkup },
)

/** Any block, or markup nested where Markdown cannot say it (block content inside phrasing). */
export const nestedBlock: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: block },
  { weight: 1, arbitrary: nesting },
)

interface DocumentOptions {
  /** Line ends between blocks to choose from. */
  readonly glue: readonly string[]
  /** Include block content nested inside phrasing content (an inline tag left open before a block). */
  readonly nesting?: boolean
}

/** A scraped document as Markdown (with front matter) or as an HTML page. */
export function scrapedDocument(options: DocumentOptions): fc.Arbitrary<string> {
  return fc
    .record({
      title: fc.oneof(sentence, fc.constantFrom(...xssVectors)),
      blocks: fc.array(options.nesting ? nestedBlock : block, { minLength: 1, maxLength: 10 }),
      html: fc.boolean(),
      glue: fc.constantFrom(...options.glue),
    })
    .map(({ title, blocks, html, glue }) =>
      html
        ? `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${blocks.map((item) => item.html).join(glue)}</article></body></html>`
        : `---\ntitle: ${JSON.stringify(title)}\n---\n\n${blocks.map((item) => item.md).join(glue)}\n`,
    )
}

/** Any mix, blocks run together or not: an HTML block may swallow the Markdown after it. */
export const document = scrapedDocument({ glue: ['\n\n', '\n', ''] })

/** Any mix, with block content nested inside phrasing content too. */
export const nestedDocument = scrapedDocument({ glue: ['\n\n', '\n', ''], nesting: true })

/**
 * One seed for every property, so that `npm test` (and CI) is the same run
 * each time: a failure is a change in winnow, never a draw. Set
 * WINNOW_FC_SEED to another number (or `random`) to search further, with
 * WINNOW_FC_SCALE for more runs; a failure prints the seed that finds it.
 */
const seed = process.env.WINNOW_FC_SEED ?? '20261205'
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed) })

/** fast-check runs: `base`, times WINNOW_FC_SCALE (e.g. 10 for a long search). */
export function numRuns(base: number): number {
  return Math.max(1, Math.round(base * Number(process.env.WINNOW_FC_SCALE ?? 1)))
}
