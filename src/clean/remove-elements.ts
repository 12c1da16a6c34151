import type { Element, Root } from 'hast'
import { selectAll } from 'hast-util-select'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'
import { type ElementRule, elementRules } from './rules/element-rules.js'
import { textOf } from './text-of.js'

/** Remove elements matched by the selector catalogue (AdSense, embeds, form controls). */
export const removeElements: HastRule = {
  ids: [...new Set(elementRules.map((rule) => rule.id)), 'custom-selector'],
  run(tree, context) {
    const matched = new Map<Element, ElementRule>()
    for (const rule of context.policy.elementRules) {
      if (context.policy.disabled.has(rule.id)) continue
      for (const element of selectAll(rule.selector, tree)) {
        if (matched.has(element)) continue
        if (rule.textPattern && !rule.textPattern.test(textOf(element))) continue
        matched.set(element, rule)
      }
    }
    if (matched.size === 0) return
    removeMatched(tree, matched, context)
  },
}

function removeMatched(
  tree: Root,
  matched: ReadonlyMap<Element, ElementRule>,
  context: Parameters<HastRule['run']>[1],
): void {
  const found: [Element, Element | Root, ElementRule][] = []
  visitParents(tree, 'element', (node, ancestors) => {
    const rule = matched.get(node)
    if (!rule) return
    const parent = ancestors.at(-1)
    if (parent && (parent.type === 'element' || parent.type === 'root'))
      found.push([node, parent, rule])
    return SKIP
  })
  for (const [node, parent, rule] of found) {
    context.remove(node, parent, { ruleId: rule.id, reason: rule.reason })
  }
}
