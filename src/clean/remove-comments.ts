import type { Comment, Parents } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'

export const HTML_COMMENT_RULE = 'html-comment'

/** Remove HTML comments: never article text, and a place where scripts hide in conditional comments. */
export const removeComments: HastRule = {
  ids: [HTML_COMMENT_RULE],
  run(tree, context) {
    if (context.policy.disabled.has(HTML_COMMENT_RULE)) return
    const found: [Comment, Parents][] = []
    visitParents(tree, 'comment', (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (parent) found.push([node, parent])
    })
    for (const [node, parent] of found) {
      context.remove(node, parent, {
        ruleId: HTML_COMMENT_RULE,
        reason: 'Unexpected HTML comment, expected article content',
      })
    }
  },
}
