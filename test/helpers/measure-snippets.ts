import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import type { Nodes as MdastNodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { type CleanPolicy, defaultPolicy } from '../../src/clean/policy.js'
import { cleanText } from '../../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../../src/read/front-matter.js'
import { nodesToMarkdown } from '../../src/structure/to-markdown.js'

export interface SnippetResult {
  readonly name: string
  readonly label: 'clutter' | 'legit'
  /** Clutter: nothing of it survived. Legit: all of it survived. */
  readonly correct: boolean
  /** What survived (clutter) or went missing (legit). */
  readonly detail: readonly string[]
}

const intro =
  'Wireless routers need care: placement, firmware and channels all affect speed at home.'
const closing = 'With these checks done, most home networks run fast and stay stable for years.'

/** Put a snippet inside a small article of its format. */
export function wrapSnippet(snippet: string, format: 'md' | 'html'): string {
  if (format === 'md')
    return `---\ntitle: Router care\n---\n\n# Router care\n\n${intro}\n\n${snippet}\n\n${closing}\n`
  return `<!doctype html><html><head><title>Router care</title></head><body><article><h1>Router care</h1><p>${intro}</p>\n${snippet}\n<p>${closing}</p></article></body></html>\n`
}

/** The visible text phrases and the URLs of a snippet: what must go (clutter) or stay (legit). */
export function snippetParts(snippet: string, format: 'md' | 'html'): string[] {
  const html = format === 'md' ? markdownAsHtml(snippet) : snippet
  const tree = fromHtml(html, { fragment: true })
  for (const hidden of selectAll('script, style, noscript', tree)) hidden.children = []
  const phrases = toText(tree)
    .split(/\n+|(?<=[.!?:])\s+/)
    .map((phrase) => phrase.replace(/\s+/g, ' ').trim())
    .filter((phrase) => /[\p{L}\p{N}]{3,}/u.test(phrase))
  const urls = selectAll('a[href], img[src], iframe[src]', tree)
    .map((element) => String(element.properties.href ?? element.properties.src))
    .filter((url) => /^(?:https?:)?\/\//.test(url))
  return [...phrases, ...urls]
}

/** Markdown snippets: their text through mdast, raw HTML inside them kept as HTML. */
function markdownAsHtml(markdown: string): string {
  const tree = fromMarkdown(markdown)
  const urls: string[] = []
  const walk = (node: {
    type: string
    url?: string
    value?: string
    children?: unknown[]
  }): void => {
    if (node.url) urls.push(`<a href="${node.url}"></a>`)
    if (node.type === 'html' && node.value) urls.push(node.value)
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child)
  }
  walk(tree)
  const text = tree.children
    .filter((node) => node.type !== 'html' && node.type !== 'code')
    .map((node) => `<p>${escapeHtml(spacedText(node))}</p>`)
  return [...text, ...urls].join('\n')
}

/** The text of an mdast tree with a space between every text node, so blocks and list items do not run together. */
function spacedText(tree: MdastNodes): string {
  const parts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      parts.push(node.value)
  })
  return parts.join(' ')
}

/** Text as a sequence of lower-case words, so Markdown syntax and white space do not matter. */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/** Clean every labelled snippet and judge it. */
export function measureSnippets(
  folder: string,
  policy: CleanPolicy = defaultPolicy,
): SnippetResult[] {
  const results: SnippetResult[] = []
  for (const label of ['clutter', 'legit'] as const) {
    for (const name of readdirSync(path.join(folder, label)).sort()) {
      const format = name.endsWith('.md') ? 'md' : 'html'
      const snippet = readFileSync(path.join(folder, label, name), 'utf8').trim()
      const text = wrapSnippet(snippet, format)
      const { mdast } = cleanText(text, new VFile({ path: name, value: text }), {
        frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
        policy,
      })
      const output = nodesToMarkdown(mdast.children)
      const words = ` ${wordsOf(spacedText(mdast))} `
      const parts = snippetParts(snippet, format)
      const survives = (part: string) =>
        /^(?:https?:)?\/\//.test(part)
          ? output.includes(part)
          : words.includes(` ${wordsOf(part)} `)
      const plain = words
      const survived = parts.filter(survives)
      const missing = parts.filter((part) => !survives(part))
      const contextKept = plain.includes(wordsOf(intro)) && plain.includes(wordsOf(closing))
      results.push(
        label === 'clutter'
          ? {
              name,
              label,
              correct: survived.length === 0 && contextKept,
              detail: contextKept ? survived : ['article context lost'],
            }
          : {
              name,
              label,
              correct: missing.length === 0 && contextKept,
              detail: contextKept ? missing : ['article context lost'],
            },
      )
    }
  }
  return results
}

export interface Scores {
  readonly clutter: number
  readonly legit: number
  readonly truePositives: number
  readonly falseNegatives: number
  readonly falsePositives: number
  readonly precision: number
  readonly recall: number
}

/** Removal precision and recall: removal of a clutter snippet is a true positive, touching a legitimate one a false positive. */
export function score(results: readonly SnippetResult[]): Scores {
  const clutter = results.filter((result) => result.label === 'clutter')
  const legit = results.filter((result) => result.label === 'legit')
  const truePositives = clutter.filter((result) => result.correct).length
  const falsePositives = legit.filter((result) => !result.correct).length
  const falseNegatives = clutter.length - truePositives
  return {
    clutter: clutter.length,
    legit: legit.length,
    truePositives,
    falseNegatives,
    falsePositives,
    precision:
      truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: clutter.length === 0 ? 1 : truePositives / clutter.length,
  }
}
