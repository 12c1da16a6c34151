import type { Parents, PhrasingContent, Root } from 'mdast'
import { visitParents } from 'unist-util-visit-parents'
import type { RepairContext, TextRepair } from './repair.js'

export const SPACE_BEFORE_PUNCTUATION_RULE = 'space-before-punctuation'

const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'inlineCode'])

/**
 * Languages whose typography puts a space before `; : ! ?` (French). Note:
 * their `,` and `.` still take no space.
 */
const SPACED_HIGH_PUNCTUATION = /^fr(?:-|$)/i

/**
 * No space between an emphasis run, a link or inline code and the
 * punctuation after it (`**iCloud > Photos** ,` → `**iCloud > Photos**,`):
 * the space is a conversion artifact of the element's edge.
 */
export const spaceBeforePunctuation: TextRepair = {
  id: SPACE_BEFORE_PUNCTUATION_RULE,
  stage: 'structure',
  description:
    'The space between an emphasis run, link or inline code and the punctuation after it goes.',
  run(tree: Root, context: RepairContext) {
    const marks = SPACED_HIGH_PUNCTUATION.test(context.lang ?? '') ? '[,.]' : '[,.;:!?]'
    const artifact = new RegExp(`^[ \\t]+(?=${marks}(?:\\s|$))`)
    visitParents(tree, (node, ancestors) => {
      if (!INLINE.has(node.type)) return
      const parent = ancestors.at(-1) as Parents | undefined
      if (!parent) return
      const siblings = parent.children as PhrasingContent[]
      const after = siblings[siblings.indexOf(node as PhrasingContent) + 1]
      if (after?.type !== 'text' || !artifact.test(after.value)) return
      after.value = after.value.replace(artifact, '')
      context.report(
        SPACE_BEFORE_PUNCTUATION_RULE,
        `Unexpected space between ${node.type} and the punctuation after it: removed it`,
        after,
      )
    })
  },
}
