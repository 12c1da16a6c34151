import type { Element, Root } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import type { VFile } from 'vfile'
import { PUBLISH_KEYS } from '../extract/publish-metadata.js'
import { previewHast, reportRemoval } from '../messages/report-removal.js'
import { defineRule } from '../types/rule-definition.js'
import type { FrontMatter } from '../types.js'

export const RESOLVE_URL_RULE = 'resolve-url'
export const PAGE_ONLY_LINK_RULE = 'page-only-link'

export const resolveUrlRule = defineRule({
  id: RESOLVE_URL_RULE,
  stage: 'structure',
  description:
    "Relative links and images are made absolute against the page's address; with none, a link keeps its text and an image goes.",
})

export const pageOnlyLinkRule = defineRule({
  id: PAGE_ONLY_LINK_RULE,
  stage: 'structure',
  description:
    'Links into the scraped page (`#fragment`) or to nothing are unlinked, their text kept; links that hold nothing go.',
})

/** Metadata keys holding the page's own address, first match wins. */
const PAGE_URL_KEYS = [
  'canonical',
  'url',
  'sourceURL',
  'sourceUrl',
  'source_url',
  'og:url',
  'permalink',
  'link',
  'source',
]

export interface ResolveUrlsOptions {
  readonly disabled: ReadonlySet<string>
}

/**
 * The address relative URLs are read against: the page's `<base href>`
 * (itself read against the page's address), else its canonical URL or front
 * matter `url`/`sourceURL`. Only http(s) addresses count.
 */
export function baseUrlOf(metadata: FrontMatter): URL | undefined {
  let page: URL | undefined
  for (const key of PAGE_URL_KEYS) {
    const value = metadata[key]
    if (typeof value !== 'string') continue
    page = webUrl(value, page)
    if (page) break
  }
  const base = metadata[PUBLISH_KEYS.base]
  return (typeof base === 'string' ? webUrl(base, page) : undefined) ?? page
}

/**
 * Make every link and image absolute: read against the page's address, or,
 * when the page has none, a relative link becomes its text and a relative
 * image goes. Links that only point into the page (`#img-2`) or nowhere
 * (`[]()`) become their text, or go when they have none. Each change is an
 * `info` message; `resolve-url` and `page-only-link` turn them off.
 */
export function resolveUrls(
  tree: Root,
  file: VFile,
  metadata: FrontMatter,
  options: ResolveUrlsOptions,
): void {
  const base = baseUrlOf(metadata)
  const resolve = !options.disabled.has(RESOLVE_URL_RULE)
  const pageOnly = !options.disabled.has(PAGE_ONLY_LINK_RULE)
  const edits: { node: Element; parent: Element | Root; ruleId: string; reason: string }[] = []
  visitParents(tree, 'element', (node, ancestors) => {
    const parent = ancestors.at(-1)
    if (!parent || (parent.type !== 'element' && parent.type !== 'root')) return
    const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined
    if (attribute === undefined) return
    const raw = node.properties[attribute]
    const value = typeof raw === 'string' ? raw.trim() : ''
    if (/^mailto:/i.test(value)) return
    if (node.tagName === 'a' && isEmptyLink(node)) {
      if (pageOnly)
        edits.push({
          node,
          parent,
          ruleId: PAGE_ONLY_LINK_RULE,
          reason: 'Unexpected link with no text and no image: removed it',
        })
      return
    }
    if (/^https?:\/\/[^/]/i.test(value)) {
      // Written as the URL standard serializes it: no stray line ends or spaces.
      const absolute = webUrl(value)
      if (absolute) node.properties[attribute] = absolute.href
      return
    }
    if (node.tagName === 'a' && (value === '' || value.startsWith('#'))) {
      if (pageOnly)
        edits.push({
          node,
          parent,
          ruleId: PAGE_ONLY_LINK_RULE,
          reason:
            value === ''
              ? 'Unexpected link to nothing: kept its text'
              : `Unexpected link to a place in the scraped page (${value}), which the output does not have: kept its text`,
        })
      return
    }
    if (!resolve) return
    const absolute = base && value !== '' ? webUrl(value, base) : undefined
    if (absolute) {
      node.properties[attribute] = absolute.href
      return
    }
    edits.push({
      node,
      parent,
      ruleId: RESOLVE_URL_RULE,
      reason: `Unexpected relative ${node.tagName === 'a' ? 'link' : 'image'} ${value === '' ? '(empty)' : value} with no page address to read it against: ${node.tagName === 'a' ? 'kept its text' : 'removed it'}`,
    })
  })
  for (const { node, parent, ruleId, reason } of edits.reverse()) {
    const index = parent.children.indexOf(node)
    if (index === -1) continue
    parent.children.splice(index, 1, ...(node.tagName === 'a' ? node.children : []))
    reportRemoval(file, {
      ruleId,
      reason,
      place: node.position ?? parent.position,
      preview: previewHast(node),
    })
  }
}

/** A link a reader cannot see: no text and no image inside. */
function isEmptyLink(link: Element): boolean {
  const stack = [...link.children]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node?.type === 'text' && node.value.trim() !== '') return false
    if (node?.type === 'element') {
      if (node.tagName === 'img') return false
      stack.push(...node.children)
    }
  }
  return true
}

/** An absolute http(s) URL as the URL standard serializes it (as every link is written), or undefined. */
export function absoluteWebUrl(value: string): string | undefined {
  return /^https?:\/\/[^/]/i.test(value) ? webUrl(value)?.href : undefined
}

/** `value` read against `base` as an http(s) URL, or undefined. */
function webUrl(value: string, base?: URL): URL | undefined {
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
