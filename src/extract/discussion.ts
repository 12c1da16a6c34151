import type { Element, ElementContent } from 'hast'
import type { PageIndex } from './page-index.js'
import type { PageHead } from './page-metadata.js'
import type { FurnitureResult } from './remove-furniture.js'

/** schema.org types of a page that is a discussion: its replies are its content. */
const DISCUSSION_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:DiscussionForumPosting|QAPage)$/i

/** Microdata types of one reply in a discussion. */
const REPLY_ITEM_TYPE = /(?:Comment|Answer|DiscussionForumPosting)$/i

/** Class or id words of one reply in a discussion (a post, a comment, an answer). */
const REPLY_TOKEN =
  /^(?:comments?|comment-?\w*|repl(?:y|ies)|answers?|posts?|post-?\w*|messages?)$/i

function types(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((item): item is string => typeof item === 'string')
}

/**
 * True when the page says it is a discussion (a forum thread, a question with
 * its answers), by its JSON-LD or microdata type (schema.org
 * `DiscussionForumPosting`, `QAPage`): on such a page the replies are the
 * content, not the comment section of an article.
 */
export function isDiscussionPage(head: PageHead, index: PageIndex): boolean {
  for (const entry of head.jsonLd) {
    if (types(entry['@type']).some((type) => DISCUSSION_TYPE.test(type.trim()))) return true
  }
  for (const { element } of index.elements) {
    const itemType = element.properties.itemType
    const values = Array.isArray(itemType) ? itemType.map(String) : []
    if (values.some((value) => DISCUSSION_TYPE.test(value.trim()))) return true
  }
  return false
}

/** True for an element that reads as one reply of a discussion. */
function isReply(element: Element, index: PageIndex): boolean {
  if (element.tagName === 'article') return true
  const itemType = element.properties.itemType
  if (Array.isArray(itemType) && itemType.some((value) => REPLY_ITEM_TYPE.test(String(value))))
    return true
  const tokens = index.info.get(element)?.tokens ?? []
  return tokens.some((token) => REPLY_TOKEN.test(token))
}

/**
 * On a discussion page, put back the replies that furniture removal took for
 * an article's comment section; every other removal stands. Returns the
 * removals that stand, for reporting.
 */
export function keepReplies(result: FurnitureResult, index: PageIndex): FurnitureResult {
  const restored = new Set<ElementContent>()
  for (const { element } of result.removed) if (isReply(element, index)) restored.add(element)
  if (restored.size === 0) return result
  for (const step of result.undo) {
    const now = new Set(step.element.children)
    step.element.children = step.children.filter((child) => now.has(child) || restored.has(child))
  }
  return { ...result, removed: result.removed.filter(({ element }) => !restored.has(element)) }
}

/** How far above the top candidate the reply holding it is looked for. */
const MAX_REPLY_DEPTH = 4

/**
 * On a discussion page, the thread that holds the top candidate: when the
 * candidate is (or sits in) one reply among sibling replies, their parent, so
 * that the question and its answers are kept together. Undefined when the
 * candidate is in no such list.
 */
export function threadOf(element: Element, index: PageIndex): Element | undefined {
  let current: Element | undefined = element
  for (let level = 0; current && level <= MAX_REPLY_DEPTH; level++) {
    const parent: Element | undefined = index.info.get(current)?.parent
    if (!parent) return undefined
    if (isReply(current, index)) {
      let replies = 0
      for (const child of parent.children) {
        if (child.type === 'element' && isReply(child, index)) replies++
      }
      if (replies >= 2) return parent
    }
    current = parent
  }
  return undefined
}
