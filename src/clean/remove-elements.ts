import type { Element, Parents, Root } from 'hast'
import { matches, selectAll } from 'hast-util-select'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import type { HastStep } from './rule.js'
import {
  adsenseRule,
  customSelectorRule,
  type ElementRule,
  embedRule,
  pageFurnitureRule,
  widgetRule,
} from './rules/element-rules.js'
import { textOf } from './text-of.js'

/**
 * The selector runner: remove elements matched by the selector rules' data (AdSense, embeds, form
 * controls). Each element goes with the first rule that selects it and whose
 * text check passes; what is inside a removed element goes with it.
 *
 * One `selectAll` with every enabled rule's selectors finds the candidates in
 * one pass over the tree (not one pass per rule); each candidate is then
 * given its rule with `matches`, or, for a selector `matches` cannot judge
 * alone (combinators, pseudo-classes), by that rule's own `selectAll`.
 */
export const removeElements: HastStep = {
  step: 'remove-elements',
  rules: [adsenseRule, embedRule, pageFurnitureRule, widgetRule, customSelectorRule],
  run(tree, context) {
    const rules = context.policy.elementRules
    if (rules.length === 0) return
    const candidates = new Set(selectAll(rules.map((rule) => rule.selector).join(', '), tree))
    if (candidates.size === 0) return
    const ruleOf = ruleFinder(rules, tree)
    const found: [Element, Parents, ElementRule][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      if (!candidates.has(node)) return
      const rule = ruleOf(node, ancestors)
      const parent = ancestors.at(-1)
      if (!rule || !parent) return
      found.push([node, parent, rule])
      return SKIP
    })
    for (const [node, parent, rule] of found)
      context.remove(node, parent, { ruleId: rule.id, reason: rule.reason })
  },
}

/** The first rule that selects an element (in `tree`) and whose text check passes. */
function ruleFinder(
  rules: readonly ElementRule[],
  tree: Root,
): (node: Element, ancestors: readonly Parents[]) => ElementRule | undefined {
  const selected = new Map<ElementRule, ReadonlySet<Element>>()
  const selects = (rule: ElementRule, node: Element, ancestors: readonly Parents[]): boolean => {
    if (isCompoundList(rule.selector)) {
      // hast-util-select reads attributes in the SVG schema inside `<svg>`.
      const inSvg = ancestors.some((node) => node.type === 'element' && node.tagName === 'svg')
      return matches(rule.selector, node, inSvg ? 'svg' : 'html')
    }
    let set = selected.get(rule)
    if (!set) {
      set = new Set(selectAll(rule.selector, tree))
      selected.set(rule, set)
    }
    return set.has(node)
  }
  return (node, ancestors) =>
    rules.find(
      (rule) =>
        selects(rule, node, ancestors) &&
        (!rule.textPattern || rule.textPattern.test(textOf(node))),
    )
}

const compoundLists = new Map<string, boolean>()

/**
 * Whether a selector is a list of compound selectors only (`ins.ad,
 * script[src*="x"]`): type, class, id and attribute tests, which `matches`
 * judges on the element alone, as `selectAll` does in the tree.
 */
function isCompoundList(selector: string): boolean {
  let known = compoundLists.get(selector)
  if (known === undefined) {
    const bare = selector.replace(/"[^"]*"|'[^']*'/g, '""')
    known = !/[:>+~()|\\]/.test(bare) && bare.split(',').every((part) => !/\s/.test(part.trim()))
    compoundLists.set(selector, known)
  }
  return known
}
