import type { Element, Parents } from 'hast'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'
import {
  AD_CONTAINER_MAX_WORDS,
  adDataProperties,
  adTokens,
  adValuePatterns,
} from './rules/ad-tokens.js'

export const AD_CONTAINER_RULE = 'ad-container'

/** Elements that are the article or the page: never ad containers, whatever their class. */
const neverContainers = new Set([
  'html',
  'body',
  'main',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'img',
])

/** Remove ad containers, found by class and id tokens and by ad-slot data attributes. */
export const removeAdContainers: HastRule = {
  id: AD_CONTAINER_RULE,
  stage: 'hast',
  description:
    'Elements whose class or id has an ad token on a word boundary (`ad`, `ads`, `advert`, `sponsor`, `promo`, …; split on punctuation and camelCase, so `header`, `shadow`, `read`, `load`, `badge` never match), GPT `div-gpt-ad-*`, Ad Inserter `code-block-N`, Ezoic, Mediavine, AdThrive, and `data-ad-*` slots; never one holding more than 80 words of its own text.',
  run(tree, context) {
    const found: [Element, Parents, string][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      if (neverContainers.has(node.tagName)) return
      const why = adContainerReason(node)
      const parent = ancestors.at(-1)
      if (!why || !parent || wordsOutsideLinks(node) > AD_CONTAINER_MAX_WORDS) return
      found.push([node, parent, why])
      return SKIP
    })
    for (const [node, parent, why] of found) {
      context.remove(node, parent, {
        ruleId: AD_CONTAINER_RULE,
        reason: `Unexpected ad container (${why}), expected article content`,
      })
    }
  },
}

/** Why an element is an ad container, or undefined. */
export function adContainerReason(node: Element): string | undefined {
  for (const property of adDataProperties) {
    if (node.properties[property] !== undefined) return `attribute ${property}`
  }
  const values: string[] = []
  const className = node.properties.className
  if (Array.isArray(className)) values.push(...className.map(String))
  if (typeof node.properties.id === 'string') values.push(node.properties.id)
  for (const value of values) {
    if (adValuePatterns.some((pattern) => pattern.test(value))) return `\`${value}\``
    if (tokens(value).some((token) => adTokens.has(token))) return `\`${value}\``
  }
  return undefined
}

/** `sidebar_adSlot-2` → sidebar, ad, slot, 2. */
export function tokens(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function wordsOutsideLinks(node: Element): number {
  let words = 0
  visitParents(node, (child) => {
    if (child.type === 'element' && child.tagName === 'a') return SKIP
    if (child.type === 'text') words += child.value.split(/\s+/).filter(Boolean).length
  })
  return words
}
