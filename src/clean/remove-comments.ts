import type { Comment, Parents } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import { previewHast, reportRemoval } from '../messages/report-removal.js'
import type { HastRule } from './rule.js'

export const HTML_COMMENT_RULE = 'html-comment'

/**
 * Remove HTML comments: never article text, and a place where scripts hide
 * in conditional comments. Each parent's comments go in one pass over its
 * children (a page can hold tens of thousands of them side by side).
 */
export const removeComments: HastRule = {
  id: HTML_COMMENT_RULE,
  stage: 'hast',
  description: 'Remaining HTML comments.',
  run(tree, context) {
    const byParent = new Map<Parents, Set<Comment>>()
    visitParents(tree, 'comment', (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (!parent) return
      const comments = byParent.get(parent) ?? new Set()
      comments.add(node)
      byParent.set(parent, comments)
    })
    for (const [parent, comments] of byParent) {
      parent.children = parent.children.filter(
        (child) => !comments.has(child as Comment),
      ) as typeof parent.children
      for (const node of comments)
        reportRemoval(context.file, {
          ruleId: HTML_COMMENT_RULE,
          reason: 'Unexpected HTML comment, expected article content',
          place: node.position ?? parent.position,
          preview: previewHast(node),
        })
    }
  },
}
