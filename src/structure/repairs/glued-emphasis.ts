import type { Parents, PhrasingContent, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { visitParents } from 'unist-util-visit-parents'
import { type RepairContext, SPACED_LETTER, type TextRepair } from './repair.js'

export const GLUED_EMPHASIS_RULE = 'glued-emphasis'

const RUNS = new Set(['emphasis', 'strong'])

/** Shortest run that counts as words; a one-letter run is a drop cap or a variable. */
const MIN_RUN_LENGTH = 2

/**
 * A space between a word and an emphasis or strong run glued to it on one
 * side (`open the**Settings** app` → `open the **Settings** app`), as a page's
 * conversion to Markdown leaves it. A run glued on both sides is emphasis
 * inside a word and stays; so do scripts written without spaces.
 */
export const gluedEmphasis: TextRepair = {
  id: GLUED_EMPHASIS_RULE,
  stage: 'structure',
  description: 'A space is put between a word and an emphasis run glued to it on one side.',
  run(tree: Root, context: RepairContext) {
    visitParents(tree, (node, ancestors) => {
      if (!RUNS.has(node.type)) return
      const parent = ancestors.at(-1) as Parents | undefined
      if (!parent) return
      const siblings = parent.children as PhrasingContent[]
      const index = siblings.indexOf(node as PhrasingContent)
      const text = mdastToString(node)
      if (text.length < MIN_RUN_LENGTH) return
      const before = siblings[index - 1]
      const after = siblings[index + 1]
      const gluedBefore =
        before?.type === 'text' &&
        endsWith(before.value, SPACED_LETTER) &&
        startsWith(text, SPACED_LETTER)
      const gluedAfter =
        after?.type === 'text' &&
        startsWith(after.value, SPACED_LETTER) &&
        endsWith(text, SPACED_LETTER)
      if (gluedBefore === gluedAfter) return
      if (gluedBefore && before?.type === 'text') before.value += ' '
      if (gluedAfter && after?.type === 'text') after.value = ` ${after.value}`
      context.report(
        GLUED_EMPHASIS_RULE,
        `Unexpected ${node.type} glued to the word ${gluedBefore ? 'before' : 'after'} it: added a space`,
        node,
      )
    })
  },
}

function startsWith(text: string, pattern: RegExp): boolean {
  return pattern.test(String.fromCodePoint(text.codePointAt(0) ?? 32))
}

function endsWith(text: string, pattern: RegExp): boolean {
  return pattern.test([...text.slice(-2)].at(-1) ?? ' ')
}
