import type { Element, Parents, Text } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import { reportRemoval, shorten } from '../messages/report-removal.js'
import type { HastRule } from './rule.js'
import { elementRules } from './rules/element-rules.js'
import { adShortcodePattern, strayTagPattern, uiResidueLines } from './rules/ui-residue.js'
import { textOf, textUpTo } from './text-of.js'

export const UI_RESIDUE_RULE = 'ui-residue'

/** Longest text, in characters, a UI residue line can have. */
const RESIDUE_MAX_LENGTH = 60

const lineTags = new Set([
  'p',
  'div',
  'span',
  'li',
  'strong',
  'b',
  'small',
  'h6',
  'h5',
  'h4',
  'label',
  'figcaption',
])

/** Remove lone UI words ("Close", "Advertisement") and ad-plugin shortcodes. */
export const removeUiResidue: HastRule = {
  id: UI_RESIDUE_RULE,
  data: elementRules.filter((rule) => rule.id === UI_RESIDUE_RULE),
  stage: 'hast',
  description:
    'Form controls; lone UI lines ("Close", "Advert", "ADVERTISEMENT", "Sponsored content", "×", "Scroll to continue", "Advertisement - Continue Reading Below", "Story continues below advertisement"), as a whole block and never inside a sentence; last, so that a line an unsafe image or link leaves alone is judged; ad shortcodes (`[adinserter block="3"]`, `[ad]`); stray closing-tag text (`/a>`).',
  run(tree, context) {
    const lines: [Element, Parents][] = []
    const shortcodes: Text[] = []
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'text') {
        // Code shows markup and shortcodes as they are written.
        if (ancestors.some(isCode)) return
        adShortcodePattern.lastIndex = 0
        strayTagPattern.lastIndex = 0
        if (adShortcodePattern.test(node.value) || strayTagPattern.test(node.value))
          shortcodes.push(node)
        return
      }
      if (node.type !== 'element' || !lineTags.has(node.tagName)) return
      if (node.children.some((child) => child.type === 'element' && child.tagName === 'img')) return
      const parent = ancestors.at(-1)
      const text = textUpTo(node, RESIDUE_MAX_LENGTH)
      if (parent && text !== undefined && isResidue(text)) {
        lines.push([node, parent])
        return 'skip'
      }
    })
    for (const [node, parent] of lines) {
      context.remove(node, parent, {
        ruleId: UI_RESIDUE_RULE,
        reason: `Unexpected UI residue \`${textOf(node).trim()}\`, expected article content`,
      })
    }
    for (const node of shortcodes) {
      for (const [pattern, what] of [
        [adShortcodePattern, 'ad shortcode'],
        [strayTagPattern, 'stray closing tag from broken markup'],
      ] as const) {
        const found = node.value.match(pattern) ?? []
        node.value = node.value.replace(pattern, '')
        for (const code of found) {
          reportRemoval(context.file, {
            ruleId: UI_RESIDUE_RULE,
            reason: `Unexpected ${what} \`${shorten(code)}\`, expected article content`,
            place: node.position,
            preview: shorten(code),
          })
        }
      }
    }
  },
}

function isCode(node: Parents): boolean {
  return node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')
}

export function isResidue(text: string): boolean {
  const normalized = text
    .toLowerCase()
    .replace(/^[\s.:!|\-–—•·]+|[\s.:!|\-–—•·]+$/gu, '')
    .replace(/\s+/g, ' ')
  return normalized !== '' && uiResidueLines.some((pattern) => pattern.test(normalized))
}
