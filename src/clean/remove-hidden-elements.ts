import type { Element, Parents } from 'hast'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import { defineRule } from '../types/rule-definition.js'
import type { HastRule } from './rule.js'

export const HIDDEN_ELEMENT_RULE = 'hidden-element'

/**
 * Elements with the `hidden` attribute: a browser never renders them, so
 * their text is no part of the article a reader saw. Note: a tab panel is
 * hidden until its tab is chosen, and holds content: it stays. Hidden
 * images are left to `tracking-pixel`, which runs before.
 */
export const removeHiddenElements: HastRule = defineRule({
  id: HIDDEN_ELEMENT_RULE,
  stage: 'hast',
  description:
    'Elements with the `hidden` attribute, which a browser never shows (tab panels are kept).',
  run(tree, context) {
    const found: [Element, Parents][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (!parent || !isHidden(node)) return
      found.push([node, parent])
      return SKIP
    })
    for (const [node, parent] of found) {
      context.remove(node, parent, {
        ruleId: HIDDEN_ELEMENT_RULE,
        reason: `Unexpected hidden <${node.tagName}> (\`hidden\` attribute), expected content a reader sees`,
      })
    }
  },
})

function isHidden(element: Element): boolean {
  const { hidden, role } = element.properties
  if (typeof role === 'string' && role.trim().toLowerCase() === 'tabpanel') return false
  return hidden === true || hidden === ''
}
