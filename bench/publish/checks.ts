/**
 * The checks of `bench/publish/run.ts`, one function per figure, over a
 * run's canonical articles and their Markdown.
 */
import type { Nodes, Parents } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { visit } from 'unist-util-visit'
import type { CanonicalArticle } from '../../src/canonical/canonical-article.js'

/** What the page says about its site, read from its head. */
export interface PageFacts {
  readonly siteName?: string
  readonly host?: string
}

export interface Output {
  readonly article: CanonicalArticle
  readonly markdown: string
  readonly facts: PageFacts
  /** One of the samples in input/. */
  readonly sample: boolean
}

export interface Figure {
  readonly name: string
  /** Outputs with at least one instance. */
  readonly outputs: number
  readonly instances: number
  /** The first instance found, for reading. */
  readonly example: string
}

/** Longest table line allowed. */
export const MAX_TABLE_LINE = 1000

const SEGMENT_SEPARATOR = /\s+[|\-–—·•:»/]\s+|\s*::\s*|[[\]()_]/

const key = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** Every check, in the order of the "Done when". */
export function checkPublishable(outputs: readonly Output[]): Figure[] {
  const trees = outputs.map((output) => ({ output, tree: parse(output.markdown) }))
  const samples = trees.filter((entry) => entry.output.sample)
  return [
    count('title has the site name or host as a segment', outputs, siteSegments),
    count('relative, fragment-only or empty link or image', trees, (entry) => badUrls(entry.tree)),
    count('character reference in text', outputs, (output) => characterReferences(output.markdown)),
    count(`table line over ${MAX_TABLE_LINE} characters`, outputs, (output) =>
      output.markdown
        .split('\n')
        .filter((line) => /^\s*\|/.test(line) && line.length > MAX_TABLE_LINE),
    ),
    count('samples: glued emphasis', samples, (entry) => gluedEmphasis(entry.tree)),
    count('samples: space before punctuation', samples, (entry) =>
      spaceBeforePunctuation(entry.tree),
    ),
    count('glued emphasis (all outputs)', trees, (entry) => gluedEmphasis(entry.tree)),
    count('space before punctuation (all outputs)', trees, (entry) =>
      spaceBeforePunctuation(entry.tree),
    ),
    count('date or updated not ISO 8601', outputs, (output) =>
      [output.article.date, output.article.updated].filter(
        (value): value is string => value !== undefined && !ISO_8601.test(value),
      ),
    ),
    count('tags not an array of single tags', outputs, (output) =>
      Array.isArray(output.article.tags)
        ? output.article.tags.filter((tag) => /[,;]/.test(tag))
        : [String(output.article.tags)],
    ),
  ]
}

/** A date, or a date-time with an optional offset. */
export const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

function count<T>(name: string, items: readonly T[], find: (item: T) => readonly string[]): Figure {
  let failing = 0
  let instances = 0
  let example = ''
  for (const item of items) {
    const found = find(item)
    if (found.length === 0) continue
    failing++
    instances += found.length
    example ||= found[0] ?? ''
  }
  return { name, outputs: failing, instances, example }
}

function parse(markdown: string) {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/**
 * Title segments that name the site: its `og:site_name` (or that name's
 * first part, `Aktuálně.cz - Víte, co se právě děje`, or without `.tld`), its
 * host (without `www.`) or the host's name label (`en.wikipedia.org` →
 * `wikipedia`). Case and accents do not count.
 */
export function siteSegments(output: Output): string[] {
  const fold = (value: string) => key(value.normalize('NFKD').replace(/\p{M}+/gu, ''))
  const names = new Set<string>()
  const site = output.facts.siteName
  if (site) {
    for (const name of [site, ...site.split(/\s+[-|–—:]\s+/)]) {
      names.add(fold(name))
      names.add(fold(name.replace(/\.[a-z]{2,6}$/i, '')))
    }
  }
  if (output.facts.host) {
    const labels = output.facts.host.replace(/^www\./, '').split('.')
    names.add(fold(labels.join('.')))
    const name = labels.at(
      labels.length > 2 && /^(?:co|com|org|net)$/.test(labels.at(-2) ?? '') ? -3 : -2,
    )
    if (name) names.add(fold(name))
  }
  names.delete('')
  const segments = output.article.title
    .split(SEGMENT_SEPARATOR)
    .map(fold)
    .filter((part) => part !== '')
  if (segments.length < 2) return []
  return segments.filter((segment) => names.has(segment)).map(() => output.article.title)
}

export function badUrls(tree: Nodes): string[] {
  const found: string[] = []
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (!/^https?:\/\/[^/]/i.test(node.url) && !/^mailto:/i.test(node.url))
        found.push(`${node.type} (${node.url})`)
    }
  })
  return found
}

export function characterReferences(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')
  return prose.match(/&#x?[0-9a-f]+;/gi) ?? []
}

const phrasing = new Set(['emphasis', 'strong'])

export function gluedEmphasis(tree: Nodes): string[] {
  const found: string[] = []
  visit(tree, (node, index, parent: Parents | undefined) => {
    if (!phrasing.has(node.type) || parent === undefined || index === undefined) return
    const before = parent.children[index - 1]
    const after = parent.children[index + 1]
    if (before?.type === 'text' && /[\p{Script=Latin}\d]$/u.test(before.value))
      found.push(`${before.value.slice(-12)}|${node.type}`)
    if (after?.type === 'text' && /^[\p{Script=Latin}\d]/u.test(after.value))
      found.push(`${node.type}|${after.value.slice(0, 12)}`)
  })
  return found
}

export function spaceBeforePunctuation(tree: Nodes): string[] {
  const found: string[] = []
  visit(tree, (node, index, parent: Parents | undefined) => {
    if (
      (!phrasing.has(node.type) && node.type !== 'link') ||
      parent === undefined ||
      index === undefined
    )
      return
    const after = parent.children[index + 1]
    if (after?.type === 'text' && /^\s+[,.;:!?](?:\s|$)/.test(after.value))
      found.push(`${node.type}|${after.value.slice(0, 12)}`)
  })
  return found
}
