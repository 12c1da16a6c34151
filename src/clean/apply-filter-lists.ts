import type { Element, Parents } from 'hast'
import { selectAll } from 'hast-util-select'
import { visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'

export const FILTER_LIST_RULE = 'filter-list'

/** Elements whose URL a network rule can block, and the request type to ask about. */
const urlElements: Readonly<
  Record<string, readonly [string, 'image' | 'script' | 'sub_frame' | 'other']>
> = {
  img: ['src', 'image'],
  script: ['src', 'script'],
  iframe: ['src', 'sub_frame'],
  a: ['href', 'other'],
}

/**
 * Apply user-supplied EasyList-syntax filter lists: element-hiding rules
 * remove the elements they select; URL rules remove images, scripts and
 * frames they block and unlink links they block.
 */
export const applyFilterLists: HastRule = {
  id: FILTER_LIST_RULE,
  options: ['filterLists'],
  stage: 'hast',
  description:
    'Elements selected by element-hiding rules, and images, scripts and frames whose URL a network rule blocks (links are unlinked), from `--filter-list` files in EasyList syntax.',
  run(tree, context) {
    const lists = context.policy.filterLists
    if (!lists) return
    const classes = new Set<string>()
    const ids = new Set<string>()
    const hrefs = new Set<string>()
    const blocked: [Element, Parents, 'remove' | 'unwrap'][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      const className = node.properties.className
      if (Array.isArray(className)) for (const name of className) classes.add(String(name))
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
      const spec = urlElements[node.tagName]
      const url = spec ? node.properties[spec[0]] : undefined
      if (node.tagName === 'a' && typeof url === 'string') hrefs.add(url)
      const parent = ancestors.at(-1)
      if (
        spec &&
        typeof url === 'string' &&
        parent &&
        lists.blocksUrl(url, { type: spec[1], ...pageUrlOption(context.pageUrl) })
      ) {
        blocked.push([node, parent, node.tagName === 'a' ? 'unwrap' : 'remove'])
      }
    })
    for (const [node, parent, action] of blocked) {
      const removal = {
        ruleId: FILTER_LIST_RULE,
        reason: `Unexpected <${node.tagName}> with a URL blocked by a filter list, expected article content`,
      }
      if (action === 'unwrap') context.unwrap(node, parent, removal)
      else context.remove(node, parent, removal)
    }
    const hidden = new Set<Element>()
    for (const selector of lists.hidingSelectors({
      ...pageUrlOption(context.pageUrl),
      classes: [...classes],
      ids: [...ids],
      hrefs: [...hrefs],
    })) {
      try {
        for (const element of selectAll(selector, tree)) hidden.add(element)
      } catch {
        // Note: a selector hast-util-select cannot run (`:has-text`, …) is skipped, not fatal.
      }
    }
    const found: [Element, Parents][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (!hidden.has(node) || !parent) return
      found.push([node, parent])
      return 'skip'
    })
    for (const [node, parent] of found) {
      context.remove(node, parent, {
        ruleId: FILTER_LIST_RULE,
        reason: 'Unexpected element hidden by a filter list rule, expected article content',
      })
    }
  },
}

function pageUrlOption(pageUrl: string | undefined): { pageUrl?: string } {
  return pageUrl ? { pageUrl } : {}
}
