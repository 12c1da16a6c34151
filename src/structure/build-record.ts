import type { Heading, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { ArticleItem, ArticleRecord, ArticleSection, FrontMatter } from '../types.js'
import { collectImages, collectLinks } from './collect-media.js'
import { MIN_LISTICLE_ITEMS, parseNumberedHeading } from './numbered-heading-patterns.js'
import { paragraphKeys } from './paragraph-keys.js'
import { readMetadata } from './read-metadata.js'
import { nodesToMarkdown } from './to-markdown.js'

export interface BuildRecordOptions {
  /** Front matter (Markdown) or page metadata (HTML). */
  readonly metadata: FrontMatter
  /** Title to use when neither the metadata nor a heading gives one. */
  readonly fallbackTitle: string
}

/** Turn a cleaned mdast tree into an article record: metadata, intro, numbered items, sections. */
export function buildRecord(tree: Root, options: BuildRecordOptions): ArticleRecord {
  const meta = readMetadata(options.metadata)
  let nodes = tree.children
  let title = meta.title

  const first = nodes[0]
  if (
    first?.type === 'heading' &&
    (first.depth === 1 || (title !== undefined && sameTitle(mdastToString(first), title)))
  ) {
    title ??= plain(mdastToString(first))
    nodes = nodes.slice(1)
  }
  if (title === undefined) {
    const heading = nodes.find((node): node is Heading => node.type === 'heading')
    title = heading ? plain(mdastToString(heading)) : options.fallbackTitle
  }

  const itemDepth = listicleDepth(nodes)
  const { intro, items, sections } =
    itemDepth === undefined ? splitSections(nodes) : splitItems(nodes, itemDepth)

  return {
    title,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.updated === undefined ? {} : { updated: meta.updated }),
    tags: meta.tags,
    categories: meta.categories,
    kind: itemDepth === undefined ? 'article' : 'listicle',
    intro: nodesToMarkdown(intro),
    items,
    sections,
    text: nodes.map((node) => mdastToString(node)).join('\n'),
    paragraphs: paragraphKeys(nodes),
  }
}

/** The heading depth with the most numbered headings, if it has enough to be a listicle. */
function listicleDepth(nodes: readonly RootContent[]): number | undefined {
  const counts = new Map<number, number>()
  for (const node of nodes) {
    if (node.type === 'heading' && parseNumberedHeading(mdastToString(node))) {
      counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1)
    }
  }
  let best: number | undefined
  for (const [depth, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count >= MIN_LISTICLE_ITEMS && (best === undefined || count > (counts.get(best) ?? 0)))
      best = depth
  }
  return best
}

interface Split {
  readonly intro: RootContent[]
  readonly items: ArticleItem[]
  readonly sections: ArticleSection[]
}

function splitItems(nodes: readonly RootContent[], depth: number): Split {
  const intro: RootContent[] = []
  const items: ArticleItem[] = []
  const sections: ArticleSection[] = []
  let current:
    | {
        readonly kind: 'item' | 'section'
        readonly heading: string
        readonly number: number
        readonly body: RootContent[]
      }
    | undefined
  const close = (): void => {
    if (!current) return
    if (current.kind === 'item') {
      items.push({
        number: current.number,
        title: current.heading,
        body: nodesToMarkdown(current.body),
        images: collectImages(current.body),
        links: collectLinks(current.body),
      })
    } else {
      sections.push({ title: current.heading, body: nodesToMarkdown(current.body) })
    }
  }
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      const text = mdastToString(node)
      const numbered = node.depth === depth ? parseNumberedHeading(text) : undefined
      if (numbered || items.length > 0 || current) {
        close()
        current = numbered
          ? { kind: 'item', heading: plain(numbered.title), number: numbered.number, body: [] }
          : { kind: 'section', heading: plain(text), number: 0, body: [] }
        continue
      }
    }
    if (current) current.body.push(node)
    else intro.push(node)
  }
  close()
  return { intro, items, sections }
}

function splitSections(nodes: readonly RootContent[]): Split {
  const depths = nodes
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => node.depth)
  const depth = depths.length > 0 ? Math.min(...depths) : undefined
  const intro: RootContent[] = []
  const sections: ArticleSection[] = []
  let current: { heading: string; body: RootContent[] } | undefined
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === depth) {
      if (current) sections.push({ title: current.heading, body: nodesToMarkdown(current.body) })
      current = { heading: plain(mdastToString(node)), body: [] }
    } else if (current) current.body.push(node)
    else intro.push(node)
  }
  if (current) sections.push({ title: current.heading, body: nodesToMarkdown(current.body) })
  return { intro, items: [], sections }
}

function sameTitle(a: string, b: string): boolean {
  const key = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return key(a) === key(b)
}

/** One line of plain text: white space collapsed. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
