import type { Heading, Paragraph, Root, RootContent } from 'mdast'
import type { ArticleItem, ArticleRecord, ArticleSection, FrontMatter } from '../types.js'
import { collectImages, collectLinks } from './collect-media.js'
import { MIN_LISTICLE_ITEMS, parseNumberedHeading } from './numbered-heading-patterns.js'
import { paragraphKeys } from './paragraph-keys.js'
import { plainText } from './plain-text.js'
import { readMetadata } from './read-metadata.js'
import { type NodesToMarkdownOptions, nodesToMarkdown } from './to-markdown.js'

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
    (first.depth === 1 || (title !== undefined && sameTitle(headingText(first), title)))
  ) {
    title ??= headingText(first)
    nodes = nodes.slice(1)
  }
  if (title === undefined) {
    const heading = nodes.find((node): node is Heading => node.type === 'heading')
    title = heading ? headingText(heading) : options.fallbackTitle
  }

  const itemDepth = listicleDepth(nodes)
  // The Markdown of each top-level paragraph, as the parts are serialized.
  const markdownOf = new Map<Paragraph, string>()
  const serialize: NodesToMarkdownOptions = {
    onParagraph: (node, markdown) => markdownOf.set(node, markdown),
  }
  const { intro, items, sections, itemBodies, sectionBodies } =
    itemDepth === undefined
      ? splitSections(nodes, serialize)
      : splitItems(nodes, itemDepth, serialize)
  const introMarkdown = nodesToMarkdown(intro, serialize)
  // Which part (intro, item, section) each top-level node went to: numbered as
  // `ParagraphKey.part` says, so later stages can edit one part alone.
  const partOf = new Map<RootContent, number>()
  for (const [index, body] of [intro, ...itemBodies, ...sectionBodies].entries())
    for (const node of body) partOf.set(node, index)

  return {
    title,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.updated === undefined ? {} : { updated: meta.updated }),
    ...(meta.author === undefined ? {} : { author: meta.author }),
    ...(meta.url === undefined ? {} : { url: meta.url }),
    ...(meta.lang === undefined ? {} : { lang: meta.lang }),
    tags: meta.tags,
    categories: meta.categories,
    kind: itemDepth === undefined ? 'article' : 'listicle',
    intro: introMarkdown,
    items,
    sections,
    text: plainText(nodes),
    paragraphs: paragraphKeys(nodes, {
      partOf: (node) => partOf.get(node),
      markdownOf: (node) => markdownOf.get(node),
    }),
  }
}

/** The heading depth with the most numbered headings, if it has enough to be a listicle. */
function listicleDepth(nodes: readonly RootContent[]): number | undefined {
  const counts = new Map<number, number>()
  for (const node of nodes) {
    if (node.type === 'heading' && parseNumberedHeading(headingText(node))) {
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
  /** The nodes of each item and section, in the order of `items` and `sections`. */
  readonly itemBodies: RootContent[][]
  readonly sectionBodies: RootContent[][]
}

function splitItems(
  nodes: readonly RootContent[],
  depth: number,
  serialize: NodesToMarkdownOptions,
): Split {
  const intro: RootContent[] = []
  const items: ArticleItem[] = []
  const sections: ArticleSection[] = []
  const itemBodies: RootContent[][] = []
  const sectionBodies: RootContent[][] = []
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
      itemBodies.push(current.body)
      items.push({
        number: current.number,
        title: current.heading,
        body: nodesToMarkdown(current.body, serialize),
        images: collectImages(current.body),
        links: collectLinks(current.body),
      })
    } else {
      sectionBodies.push(current.body)
      sections.push({ title: current.heading, body: nodesToMarkdown(current.body, serialize) })
    }
  }
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      const text = headingText(node)
      const numbered = node.depth === depth ? parseNumberedHeading(text) : undefined
      if (numbered || items.length > 0 || current) {
        close()
        current = numbered
          ? { kind: 'item', heading: plain(numbered.title), number: numbered.number, body: [] }
          : { kind: 'section', heading: text, number: 0, body: [] }
        continue
      }
    }
    if (current) current.body.push(node)
    else intro.push(node)
  }
  close()
  return { intro, items, sections, itemBodies, sectionBodies }
}

function splitSections(nodes: readonly RootContent[], serialize: NodesToMarkdownOptions): Split {
  const depths = nodes
    .filter((node): node is Heading => node.type === 'heading')
    .map((node) => node.depth)
  const depth = depths.length > 0 ? Math.min(...depths) : undefined
  const intro: RootContent[] = []
  const sections: ArticleSection[] = []
  const sectionBodies: RootContent[][] = []
  let current: { heading: string; body: RootContent[] } | undefined
  const close = (): void => {
    if (!current) return
    sectionBodies.push(current.body)
    sections.push({ title: current.heading, body: nodesToMarkdown(current.body, serialize) })
  }
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === depth) {
      close()
      current = { heading: headingText(node), body: [] }
    } else if (current) current.body.push(node)
    else intro.push(node)
  }
  close()
  return { intro, items: [], sections, itemBodies: [], sectionBodies }
}

function sameTitle(a: string, b: string): boolean {
  const key = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return key(a) === key(b)
}

/** A heading's text on one line: breaks and runs of white space become one space. */
function headingText(node: Heading): string {
  return plain(plainText([node], { includeImageAlt: true }))
}

/** One line of plain text: white space collapsed. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
