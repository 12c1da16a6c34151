/**
 * Mutations of scraped pages that reach the shapes a markup-blind generator
 * misses: inline tags left open before blocks, escaped markup inside
 * `<pre>`/`<code>`, backtick runs and fence lookalikes, injection vectors,
 * and plain byte-level damage (deleted, doubled and swapped spans).
 */
import type { Random } from '../run/scraped-article.js'

/** Inline elements whose open tag HTML reopens around the blocks that follow. */
const unclosedInline = [
  '<em>',
  '<b>',
  '<i>',
  '<strong>',
  '<s>',
  '<code>',
  '<a href="https://ok.example/">',
  '<a href="javascript:alert(1)">',
  '<font color=red>',
  '<u>',
]

/** Blocks that show markup as text, or that look like Markdown syntax. */
const trickyBlocks = [
  '<pre><code>&lt;script src="https://evil.example/x.js"\n        data-x="y"&gt;&lt;/script&gt;\n</code></pre>',
  '<pre>&lt;img src=x onerror=alert(1)&gt;</pre>',
  '<code>&lt;iframe src="javascript:alert(1)"&gt;</code>',
  '<pre><code>```\n<script>alert(1)</script>\n```</code></pre>',
  '\n```\n<script>alert(1)</script>\n```\n',
  '\n~~~html\n<img src=x onerror=alert(1)>\n~~~\n',
  '````',
  '``` ` ``',
  '\n    <script>alert(1)</script>\n',
  '<ul><li><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre></li></ul>',
  '<table><tr><td><pre>&lt;script&gt;x&lt;/script&gt;</pre></td></tr></table>',
  '<h2><pre>&lt;script&gt;h&lt;/script&gt;</pre></h2>',
  '<blockquote><em><pre>&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;</pre></blockquote>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\\<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '![x](data:text/html;base64,PHNjcmlwdD4=)',
  '<!-- ad start --><a href="https://ads.example/c"><img src="https://ads.example/b.png">/a><!-- ad end -->',
  '*'.repeat(40),
  '[['.repeat(20),
  '`'.repeat(9),
]

const specialChars = '<>&"\'`*_[]()!#-|~\\\n '

export interface MutationOptions {
  /** Extra pieces to insert (for example the XSS vectors). */
  readonly pieces?: readonly string[]
}

/** Apply one to four random mutations to a text. */
export function mutate(text: string, random: Random, options: MutationOptions = {}): string {
  const pieces = [...unclosedInline, ...trickyBlocks, ...(options.pieces ?? [])]
  let result = text
  const count = 1 + Math.floor(random.float() * 4)
  for (let step = 0; step < count; step++) {
    const pick = <T>(items: readonly T[]): T =>
      items[Math.floor(random.float() * items.length)] as T
    const at = boundary(result, Math.floor(random.float() * (result.length + 1)), random)
    const span = Math.floor(random.float() * Math.min(400, result.length - at + 1))
    switch (Math.floor(random.float() * 6)) {
      case 0:
        result = result.slice(0, at) + pick(pieces) + result.slice(at)
        break
      case 1:
        // An inline tag left open, then a block that shows markup as text.
        result = `${result.slice(0, at)}<p>${pick(unclosedInline)}text</p>${pick(trickyBlocks)}${result.slice(at)}`
        break
      case 2:
        result = result.slice(0, at) + result.slice(at + span)
        break
      case 3:
        result = result.slice(0, at + span) + result.slice(at, at + span) + result.slice(at + span)
        break
      case 4: {
        const char = specialChars[Math.floor(random.float() * specialChars.length)] ?? '<'
        result =
          result.slice(0, at) +
          char.repeat(1 + Math.floor(random.float() * 3)) +
          result.slice(at + 1)
        break
      }
      default: {
        const other = boundary(result, Math.floor(random.float() * (result.length + 1)), random)
        const [first, second] = at < other ? [at, other] : [other, at]
        const length = Math.min(span, second - first)
        result =
          result.slice(0, first) +
          result.slice(second, second + length) +
          result.slice(first + length, second) +
          result.slice(first, first + length) +
          result.slice(second + length)
      }
    }
  }
  return result
}

/** Usually move a position to just after the nearest `>` or line end, where markup starts. */
function boundary(text: string, at: number, random: Random): number {
  if (random.float() < 0.3) return at
  const next = text.slice(at).search(/[>\n]/)
  return next === -1 ? at : at + next + 1
}
