import type { Element, ElementContent, Parents, Root, RootContent } from 'hast'
import { visit } from 'unist-util-visit'
import type { HastRule, RuleContext } from './rule.js'
import {
  LINK_ITEM_MIN_LINK_TEXT_SHARE,
  LINK_LIST_LABEL_MAX_LENGTH,
  LINK_LIST_MIN_LINK_ITEM_SHARE,
  linkListLabels,
  referenceLabels,
  TRAILING_LINK_LIST_MIN_ITEMS,
} from './rules/link-list-labels.js'
import { textOf, textUpTo } from './text-of.js'

export const LINK_LIST_RULE = 'link-list'

/** Longest line, in characters, that can be a label followed by links (`Also read: [..](..)`). */
const INLINE_LABELLED_MAX_LENGTH = 400

const labelTags = new Set([
  'p',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'header',
])
const wrapperTags = new Set(['div', 'nav', 'section', 'aside', 'p'])

/**
 * Remove "Also read" / "Related posts" link lists: a label followed by a list
 * of links (HTML or Markdown, ordered or not), or a line that is a label and
 * then only links.
 */
export const removeLinkLists: HastRule = {
  id: LINK_LIST_RULE,
  options: ['linkListLabels'],
  stage: 'hast',
  description:
    'Lists of links introduced by a label ("Also read", "Related posts", "You may also like", "Read more", "See also", "Recommended", "Popular posts", "More from …"), as a heading, bold line, span or blockquote line, in HTML or Markdown, ordered or not; and an unlabelled list of 3+ links that ends the article. Lists of sources, references or steps, lists under a "Sources"/"References"/"Downloads" heading, and lists introduced by a sentence ending in a colon are kept.',
  run(tree, context) {
    const parents: Parents[] = [tree]
    visit(tree, 'element', (node) => {
      parents.push(node)
    })
    for (const parent of parents) removeInParent(parent, context)
    removeInlineLabelled(tree, context)
    removeTrailingList(tree, context)
  },
}

/**
 * A link-dense list with no label as the last block of the article, unless
 * the heading above it says it holds sources or references.
 */
function removeTrailingList(tree: Root, context: RuleContext): void {
  let parent: Parents = tree
  for (;;) {
    const content = meaningful(parent.children)
    const only = content.length === 1 ? content[0] : undefined
    if (only?.type === 'element' && wrapperTags.has(only.tagName) && only.tagName !== 'p')
      parent = only
    else if (only?.type === 'element' && (only.tagName === 'article' || only.tagName === 'main'))
      parent = only
    else break
  }
  const content = meaningful(parent.children)
  const last = content.at(-1)
  if (last?.type !== 'element' || (last.tagName !== 'ul' && last.tagName !== 'ol')) return
  const items = last.children.filter((child) => child.type === 'element' && child.tagName === 'li')
  if (items.length < TRAILING_LINK_LIST_MIN_ITEMS || !isLinkList(last)) return
  const before = content.at(-2)
  if (
    before?.type === 'element' &&
    isReferenceLabel(textUpTo(before, LINK_LIST_LABEL_MAX_LENGTH) ?? '')
  )
    return
  // A sentence that introduces the list ("Here are the tools I use:") makes it content.
  if (before?.type === 'element' && before.tagName === 'p' && /[:：]\s*$/.test(textOf(before)))
    return
  context.remove(last, parent, {
    ruleId: LINK_LIST_RULE,
    reason:
      'Unexpected unlabelled list of links at the end of the article, expected article content',
  })
}

function isReferenceLabel(text: string): boolean {
  const normalized = normalizeLabel(text)
  return referenceLabels.some((pattern) => pattern.test(normalized))
}

function removeInParent(parent: Parents, context: RuleContext): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const label = children[index]
    if (
      label?.type !== 'element' ||
      !labelTags.has(label.tagName) ||
      !isLabel(textUpTo(label, LINK_LIST_LABEL_MAX_LENGTH) ?? '', context.policy.linkListLabels)
    )
      continue
    const reason = `Unexpected link list introduced by \`${textOf(label).trim()}\`, expected article content`
    const nextIndex = nextElementIndex(children, index + 1)
    const list = children[nextIndex]
    if (list?.type === 'element' && isLinkListBlock(list)) {
      context.removeRun([label, list], parent, { ruleId: LINK_LIST_RULE, reason })
      if (children[index] !== label) index--
      continue
    }
    // A label followed, to the end of its parent, by links separated by line breaks.
    const rest = meaningful(children.slice(index + 1) as ElementContent[])
    const restLinks = rest.filter(
      (child) => child.type === 'element' && child.tagName === 'a',
    ).length
    if (
      restLinks > 0 &&
      rest.every(
        (child) => child.type === 'element' && (child.tagName === 'a' || child.tagName === 'br'),
      )
    ) {
      context.removeRun([label, ...(rest as Element[])], parent, { ruleId: LINK_LIST_RULE, reason })
      if (children[index] !== label) index--
    }
  }
}

/** `<p><strong>Also read:</strong> <a>…</a></p>`, and the same in a blockquote. */
function removeInlineLabelled(tree: Root, context: RuleContext): void {
  const found: [Element, Parents][] = []
  visit(tree, 'element', (node, _index, parent) => {
    if ((node.tagName !== 'p' && node.tagName !== 'blockquote' && node.tagName !== 'li') || !parent)
      return
    if (!isInlineLabelled(node, context.policy.linkListLabels)) return
    found.push([node, parent])
    return 'skip'
  })
  for (const [node, parent] of found) {
    const target =
      parent.type === 'element' &&
      parent.tagName === 'blockquote' &&
      meaningful(parent.children).length === 1
        ? parent
        : node
    const grand = target === parent ? findParent(tree, parent) : parent
    if (!grand) continue
    context.remove(target, grand, {
      ruleId: LINK_LIST_RULE,
      reason: `Unexpected labelled link line \`${labelPart(textOf(node))}…\`, expected article content`,
    })
  }
}

function isInlineLabelled(node: Element, extraLabels: readonly string[]): boolean {
  const text = (textUpTo(node, INLINE_LABELLED_MAX_LENGTH) ?? '').trim()
  const label = labelPart(text)
  if (!label || !isLabel(label, extraLabels)) return false
  let linkText = ''
  let links = 0
  visit(node, 'element', (child) => {
    if (child.tagName === 'a' && child.properties.href !== undefined) {
      links++
      linkText += textOf(child)
      return 'skip'
    }
  })
  const rest = text.slice(text.indexOf(label) + label.length).replace(/^[\s:：\-–—]+/, '')
  return links > 0 && normalize(rest).length <= normalize(linkText).length + 4
}

function labelPart(text: string): string {
  const colon = text.search(/[:：]/)
  return colon > 0 ? text.slice(0, colon).trim() : ''
}

function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ')
}

export function isLabel(text: string, extraLabels: readonly string[] = []): boolean {
  if (text.length > LINK_LIST_LABEL_MAX_LENGTH) return false
  const normalized = normalizeLabel(text)
  if (normalized === '') return false
  return (
    linkListLabels.some((pattern) => pattern.test(normalized)) ||
    extraLabels.some((label) => normalizeLabel(label) === normalized)
  )
}

/** A ul/ol of links, or a wrapper whose only content is one. */
function isLinkListBlock(node: Element): boolean {
  if (node.tagName === 'ul' || node.tagName === 'ol') return isLinkList(node)
  if (!wrapperTags.has(node.tagName)) return false
  const content = meaningful(node.children)
  const only = content[0]
  if (content.length === 1 && only?.type === 'element') return isLinkListBlock(only)
  // A paragraph or div of links separated by line breaks.
  const links = content.filter((child) => child.type === 'element' && child.tagName === 'a')
  return (
    links.length >= 2 &&
    content.every(
      (child) => child.type === 'element' && (child.tagName === 'a' || child.tagName === 'br'),
    )
  )
}

export function isLinkList(list: Element): boolean {
  const items = list.children.filter(
    (child): child is Element => child.type === 'element' && child.tagName === 'li',
  )
  if (items.length === 0) return false
  const linkItems = items.filter(isMostlyLink).length
  return linkItems / items.length >= LINK_LIST_MIN_LINK_ITEM_SHARE
}

function isMostlyLink(item: Element): boolean {
  const total = normalize(textOf(item)).length
  if (total === 0) return false
  let linked = 0
  visit(item, 'element', (node) => {
    if (node.tagName === 'a' && node.properties.href !== undefined) {
      linked += normalize(textOf(node)).length
      return 'skip'
    }
  })
  return linked / total >= LINK_ITEM_MIN_LINK_TEXT_SHARE
}

function meaningful(
  children: readonly ElementContent[] | readonly RootContent[],
): (ElementContent | RootContent)[] {
  return children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment',
  )
}

/** Containers that show nothing when they hold no text (an empty `<img>` is still an image). */
const emptyable = new Set(['p', 'div', 'span'])

function isEmpty(element: Element): boolean {
  if (!emptyable.has(element.tagName)) return false
  return element.children.every((child) => child.type === 'text' && child.value.trim() === '')
}

function nextElementIndex(children: readonly RootContent[], from: number): number {
  for (let index = from; index < children.length; index++) {
    const child = children[index]
    // An empty block (the `<p></p>` HTML leaves where a paragraph was split) says nothing.
    if (child?.type === 'element' && isEmpty(child)) continue
    if (child?.type === 'element') return index
    if (child?.type === 'text' && child.value.trim() !== '') return -1
  }
  return -1
}

function normalize(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '')
}

function findParent(tree: Root, target: Parents): Parents | undefined {
  let found: Parents | undefined
  visit(tree, (node, _index, parent) => {
    if (node === target) {
      found = parent
      return false
    }
  })
  return found
}
