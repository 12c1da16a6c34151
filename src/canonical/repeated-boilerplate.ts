import type { Paragraph, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { remove } from 'unist-util-remove'
import { paragraphKey, paragraphText } from '../structure/paragraph-keys.js'
import { nodesToMarkdown } from '../structure/to-markdown.js'
import { defineRule } from '../types/rule-definition.js'
import type { ArticleRecord, ParagraphKey } from '../types.js'
import { looksLikeBoilerplate } from './boilerplate-look.js'

export const REPEATED_BOILERPLATE_RULE = 'repeated-boilerplate'

export const repeatedBoilerplateRule = defineRule({
  id: REPEATED_BOILERPLATE_RULE,
  stage: 'canonical',
  description:
    "At the edges of an article only (before its first kept paragraph, after its last; never between two kept paragraphs, never the whole article): a paragraph (of 4+ words) found on pages of 3 or more groups of the same site (host of the record's URL: menus, footers, sidebars), or one that recurs verbatim in 3 or more groups anywhere and looks like boilerplate (short, a call to action, a legal line). A long paragraph shared by articles of different sites (a syndicated story, shared instructions) is content. Found after grouping, removed from the canonical articles, and reported on every input that has it.",
})

/** A paragraph found verbatim in documents of this many different groups can be boilerplate. */
export const MIN_BOILERPLATE_GROUPS = 3

/** A paragraph found in this many different groups of one site is that site's furniture. */
export const MIN_SITE_GROUPS = 3

export interface BoilerplateOptions {
  readonly minGroups: number
  readonly minSiteGroups: number
}

export const DEFAULT_BOILERPLATE_OPTIONS: BoilerplateOptions = {
  minGroups: MIN_BOILERPLATE_GROUPS,
  minSiteGroups: MIN_SITE_GROUPS,
}

/** Why a paragraph of one input is removed. */
export interface BoilerplateFinding {
  /** `site`: furniture of the input's own site; `repeated`: boilerplate-looking, across groups. */
  readonly kind: 'site' | 'repeated'
  /** Groups it was found in (of the site, for `site`). */
  readonly groups: number
  /** The site, for `site`. */
  readonly host?: string
}

/** Per input path, the keys of its paragraphs to remove and why. */
export type BoilerplatePlan = ReadonlyMap<string, ReadonlyMap<string, BoilerplateFinding>>

interface Member {
  readonly path: string
  readonly record: Pick<ArticleRecord, 'url' | 'paragraphs'>
}

/**
 * Find the boilerplate of every input. A paragraph is a candidate when it is
 * furniture of the input's site (found in `minSiteGroups` groups of pages of
 * the same host, from the record's URL), or when it recurs in `minGroups`
 * groups anywhere and looks like boilerplate (short, a call to action, a
 * legal line). Only candidates at the edges of an article are removed: the
 * run before its first kept paragraph and the run after its last. A
 * paragraph between two kept paragraphs is never removed, and neither is
 * one whose text also stands among the kept ones, nor every paragraph of an
 * article.
 */
export function findBoilerplate(
  groups: readonly (readonly Member[])[],
  options: BoilerplateOptions = DEFAULT_BOILERPLATE_OPTIONS,
): BoilerplatePlan {
  const anywhere = new Map<string, Set<number>>()
  const onSite = new Map<string, Set<number>>()
  const count = (map: Map<string, Set<number>>, key: string, group: number) => {
    const set = map.get(key) ?? new Set<number>()
    map.set(key, set)
    set.add(group)
  }
  groups.forEach((members, group) => {
    for (const member of members) {
      const host = hostOf(member.record.url)
      for (const { key } of member.record.paragraphs) {
        count(anywhere, key, group)
        if (host !== undefined) count(onSite, `${host} ${key}`, group)
      }
    }
  })
  const plan = new Map<string, Map<string, BoilerplateFinding>>()
  for (const member of groups.flat()) {
    const host = hostOf(member.record.url)
    const finding = (paragraph: ParagraphKey): BoilerplateFinding | undefined => {
      const site = host === undefined ? 0 : (onSite.get(`${host} ${paragraph.key}`)?.size ?? 0)
      if (host !== undefined && site >= options.minSiteGroups)
        return { kind: 'site', groups: site, host }
      const groupCount = anywhere.get(paragraph.key)?.size ?? 0
      if (groupCount >= options.minGroups && looksLikeBoilerplate(paragraph.preview))
        return { kind: 'repeated', groups: groupCount }
      return undefined
    }
    const found = edgeFindings(member.record.paragraphs, finding)
    if (found.size > 0) plan.set(member.path, found)
  }
  return plan
}

/** Candidates in the leading and trailing runs of an article's paragraphs, never all of them. */
function edgeFindings(
  paragraphs: readonly ParagraphKey[],
  finding: (paragraph: ParagraphKey) => BoilerplateFinding | undefined,
): Map<string, BoilerplateFinding> {
  const found = paragraphs.map(finding)
  let first = 0
  while (first < found.length && found[first] !== undefined) first++
  let last = found.length - 1
  while (last >= first && found[last] !== undefined) last--
  const out = new Map<string, BoilerplateFinding>()
  if (first > last) return out
  const kept = new Set(paragraphs.slice(first, last + 1).map((paragraph) => paragraph.key))
  paragraphs.forEach((paragraph, index) => {
    const hit = found[index]
    if (hit && (index < first || index > last) && !kept.has(paragraph.key))
      out.set(paragraph.key, hit)
  })
  return out
}

/** The site of a record: its URL's host, lower case, without `www.`. */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined
  } catch {
    return undefined
  }
}

/** The syntax extensions of winnow's own Markdown, made once (combining them is not free). */
const extensions = [gfm()]
const mdastExtensions = [gfmFromMarkdown()]

/** Parse Markdown that winnow wrote into a record (GFM, no front matter). */
export function parseRecordMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions, mdastExtensions })
}

/** Remove boilerplate paragraphs from a Markdown body. */
export function stripBoilerplate(markdown: string, boilerplate: ReadonlySet<string>): string {
  if (boilerplate.size === 0 || markdown === '') return markdown
  const tree = parseRecordMarkdown(markdown)
  let removed = false
  remove(tree, (node) => {
    if (node.type !== 'paragraph') return false
    const key = paragraphKey(paragraphText(node as Paragraph))
    const hit = key !== undefined && boilerplate.has(key)
    removed ||= hit
    return hit
  })
  // Lists and quotes left empty by the removal go too.
  remove(
    tree,
    (node) =>
      (node.type === 'listItem' || node.type === 'blockquote' || node.type === 'list') &&
      'children' in node &&
      Array.isArray(node.children) &&
      node.children.length === 0,
  )
  return removed ? nodesToMarkdown(tree.children) : markdown
}
