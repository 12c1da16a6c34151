import type { Element, ElementContent, Parents, Root } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import { isAffiliateUrl } from './affiliate-url.js'
import type { HastRule, RuleContext } from './rule.js'
import {
  dealPitchPatterns,
  PITCH_MAX_WORDS,
  pitchPatterns,
  sponsoredRelTokens,
} from './rules/affiliate.js'
import { textOf, textUpTo } from './text-of.js'

export const AFFILIATE_LINK_RULE = 'affiliate-link'

/** Elements that hold a run of text and can go whole when they are only a pitch. */
const blockTags = new Set([
  'p',
  'li',
  'div',
  'figure',
  'blockquote',
  'center',
  'td',
  'dd',
  'section',
  'aside',
])

/**
 * Affiliate links: a block that is only affiliate links (and their images) or
 * only a pitch goes whole; an affiliate link inside real prose is unlinked and
 * its text kept, its banner images dropped.
 */
export const handleAffiliateLinks: HastRule = {
  id: AFFILIATE_LINK_RULE,
  options: ['affiliateHosts'],
  stage: 'hast',
  description:
    'Blocks that are only affiliate links (Impact, CJ, Awin, ShareASale, Rakuten, ClickBank, Skimlinks, 2Checkout, Amazon `tag=`, `rel="sponsored"`, `AFFILIATE=` parameters) or only a pitch ("(paid link)", "Deal alert", "As an Amazon Associate…"); in prose, an affiliate link is unlinked and its text kept, unless its text is a URL (Markdown would link it again): then it goes.',
  run(tree, context) {
    removePitches(tree, context)
    const hosts = context.policy.affiliateHosts

    const links: [Element, Parents[]][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName === 'a' && isAffiliateLink(node, hosts)) links.push([node, [...ancestors]])
    })
    const removedBlocks = new Set<Parents>()
    for (const [link, ancestors] of links) {
      if (ancestors.some((ancestor) => removedBlocks.has(ancestor))) continue
      const parent = ancestors.at(-1)
      if (!parent) continue
      const blockIndex = findLastIndex(
        ancestors,
        (node) => node.type === 'element' && blockTags.has(node.tagName),
      )
      const block = ancestors[blockIndex]
      const blockParent = ancestors[blockIndex - 1]
      if (block && blockParent && block.type === 'element' && isOnlyAffiliate(block, hosts)) {
        removedBlocks.add(block)
        context.remove(block, blockParent, {
          ruleId: AFFILIATE_LINK_RULE,
          reason: 'Unexpected block of affiliate links only, expected article content',
        })
        continue
      }
      if (
        parent.type === 'root' ||
        (parent.type === 'element' &&
          !blockTags.has(parent.tagName) &&
          isOnlyAffiliate(link, hosts))
      ) {
        if (
          link.children.every((child) => child.type === 'element' || textOf(child).trim() === '')
        ) {
          context.remove(link, parent, {
            ruleId: AFFILIATE_LINK_RULE,
            reason: 'Unexpected affiliate banner link, expected article content',
          })
          continue
        }
      }
      dropImages(link, context)
      context.unwrap(link, parent, {
        ruleId: AFFILIATE_LINK_RULE,
        reason: 'Unexpected affiliate link in article text: unlinked it and kept its text',
      })
    }
  },
}

export function isAffiliateLink(node: Element, extraHosts: readonly string[] = []): boolean {
  const rel: unknown = node.properties.rel
  const relTokens: string[] = Array.isArray(rel)
    ? rel.map(String)
    : typeof rel === 'string'
      ? rel.split(/\s+/)
      : []
  if (relTokens.some((token) => sponsoredRelTokens.includes(token.toLowerCase()))) return true
  const href = node.properties.href
  return typeof href === 'string' && isAffiliateUrl(href, extraHosts)
}

/** A block whose text and links all sit inside affiliate links. */
function isOnlyAffiliate(block: Element, hosts: readonly string[]): boolean {
  let outsideText = ''
  let otherLinks = 0
  let affiliateLinks = 0
  const walk = (nodes: readonly ElementContent[], insideAffiliate: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text' && !insideAffiliate) outsideText += node.value
      if (node.type !== 'element') continue
      if (node.tagName === 'a') {
        if (isAffiliateLink(node, hosts)) {
          affiliateLinks++
          walk(node.children, true)
          continue
        }
        if (node.properties.href !== undefined) otherLinks++
      }
      if (node.tagName === 'img' && !insideAffiliate) otherLinks++
      walk(node.children, insideAffiliate)
    }
  }
  walk(block.tagName === 'a' ? [block] : block.children, false)
  return affiliateLinks > 0 && otherLinks === 0 && /^[\s\p{P}\p{S}]*$/u.test(outsideText)
}

function removePitches(tree: Root, context: RuleContext): void {
  const found: [Element, Parents][] = []
  visitParents(tree, 'element', (node, ancestors) => {
    if (node.tagName !== 'p' && node.tagName !== 'li' && node.tagName !== 'div') return
    if (node.children.some((child) => child.type === 'element' && blockTags.has(child.tagName)))
      return
    const text = textUpTo(node, PITCH_MAX_WORDS * 20)
    if (text === undefined) return
    const words = text.split(/\s+/).filter(Boolean).length
    if (words > PITCH_MAX_WORDS) return
    const pitch =
      pitchPatterns.some((pattern) => pattern.test(text)) ||
      (dealPitchPatterns.some((pattern) => pattern.test(text)) &&
        linksAllAffiliate(node, context.policy.affiliateHosts))
    if (!pitch) return
    const parent = ancestors.at(-1)
    if (parent) found.push([node, parent])
  })
  for (const [node, parent] of found) {
    context.remove(node, parent, {
      ruleId: AFFILIATE_LINK_RULE,
      reason: 'Unexpected affiliate pitch or disclosure, expected article content',
    })
  }
}

/** A block with at least one link, every one of them affiliate. */
function linksAllAffiliate(block: Element, hosts: readonly string[]): boolean {
  let affiliate = 0
  let other = 0
  visitParents(block, 'element', (node) => {
    if (node.tagName !== 'a') return
    if (isAffiliateLink(node, hosts)) affiliate++
    else if (node.properties.href !== undefined) other++
  })
  return affiliate > 0 && other === 0
}

function dropImages(link: Element, context: RuleContext): void {
  const images: [Element, Parents][] = []
  visitParents(link, 'element', (node, ancestors) => {
    const parent = ancestors.at(-1)
    if (node.tagName === 'img' && parent) images.push([node, parent])
  })
  for (const [image, parent] of images) {
    context.remove(image, parent, {
      ruleId: AFFILIATE_LINK_RULE,
      reason: 'Unexpected banner image inside an affiliate link, expected a content image',
    })
  }
}

function findLastIndex<T>(list: readonly T[], test: (value: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) {
    if (test(list[index] as T)) return index
  }
  return -1
}
