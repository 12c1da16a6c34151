/**
 * Whole-page Markdown scrapes made at bench time, the way Firecrawl, Jina
 * Reader and crawl4ai make them with their main-content mode off: the page's
 * `<body>` (scripts, styles and other non-text elements dropped) through an
 * HTML→Markdown converter, wrapped in one of four envelopes.
 */
import type { Element, Root, RootContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { toText } from 'hast-util-to-text'
import { NodeHtmlMarkdown } from 'node-html-markdown'
import TurndownService from 'turndown'
import { gfm } from 'turndown-plugin-gfm'
import { stringify } from 'yaml'

export const CONVERTERS = ['turndown', 'node-html-markdown'] as const
export type Converter = (typeof CONVERTERS)[number]

export const ENVELOPES = ['firecrawl', 'jina', 'crawl4ai', 'none'] as const
export type Envelope = (typeof ENVELOPES)[number]

export interface ScrapeMetadata {
  readonly title?: string
  readonly url: string
  readonly date?: string
  readonly language?: string
  readonly description?: string
  readonly image?: string
}

/** Elements a scraper never turns into text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head'])

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
}).use(gfm)
const nhm = new NodeHtmlMarkdown({})

/** The page's body as HTML, and the metadata a scraper reads from its head. */
export function pageBody(html: string): { body: string; head: Omit<ScrapeMetadata, 'url'> } {
  const tree = fromHtml(html)
  const head: Record<string, string> = {}
  let body: Element | undefined
  const walk = (node: Root | RootContent): void => {
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const props = node.properties
      if (node.tagName === 'html' && typeof props.lang === 'string') head.language = props.lang
      if (node.tagName === 'title' && head.title === undefined)
        head.title = toText(node).replace(/\s+/g, ' ').trim()
      if (node.tagName === 'meta') {
        const name = String(props.property ?? props.name ?? '').toLowerCase()
        const content = typeof props.content === 'string' ? props.content : undefined
        if (content && name === 'description') head.description ??= content
        if (content && name === 'og:image') head.image ??= content
        if (content && name === 'article:published_time') head.date ??= content
      }
      if (node.tagName === 'body') body = node
    }
    for (const child of node.children) walk(child)
  }
  walk(tree)
  const kept = strip(body ?? { type: 'element', tagName: 'body', properties: {}, children: [] })
  return { body: toHtml(kept), head }
}

function strip(node: Element): Element {
  return {
    ...node,
    children: node.children
      .filter((child) => child.type !== 'comment')
      .filter((child) => child.type !== 'element' || !DROPPED.has(child.tagName))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  }
}

/** Pages a converter failed on (turndown-plugin-gfm throws on some tables): the other one made them. */
export const fallbacks: string[] = []

export function convert(bodyHtml: string, converter: Converter, id = ''): string {
  try {
    return converter === 'turndown' ? turndown.turndown(bodyHtml) : nhm.translate(bodyHtml)
  } catch {
    fallbacks.push(`${id} (${converter})`)
    return converter === 'turndown' ? nhm.translate(bodyHtml) : turndown.turndown(bodyHtml)
  }
}

/** Wrap a page's Markdown the way each scraper does. */
export function wrap(markdown: string, envelope: Envelope, meta: ScrapeMetadata): string {
  switch (envelope) {
    case 'firecrawl': {
      const data: Record<string, unknown> = {}
      if (meta.title) data.title = meta.title
      if (meta.description) data.description = meta.description
      if (meta.language) data.language = meta.language
      if (meta.image) data.ogImage = meta.image
      if (meta.date) data.publishedTime = meta.date
      data.sourceURL = meta.url
      data.url = meta.url
      data.statusCode = 200
      return `---\n${stringify(data)}---\n\n${markdown}\n`
    }
    case 'crawl4ai':
      return `---\n${stringify({ url: meta.url, ...(meta.title ? { title: meta.title } : {}) })}---\n\n${markdown}\n`
    case 'jina': {
      const lines = [`Title: ${meta.title ?? ''}`, '', `URL Source: ${meta.url}`, '']
      if (meta.date) lines.push(`Published Time: ${meta.date}`, '')
      lines.push('Markdown Content:', markdown)
      return `${lines.join('\n')}\n`
    }
    case 'none':
      return `${markdown}\n`
  }
}
