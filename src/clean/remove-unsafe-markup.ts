import type { Element, Parents } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import { reportRemoval } from '../messages/report-removal.js'
import type { HastRule } from './rule.js'
import { unsafeUrlSchemes, urlProperties } from './rules/unsafe-markup.js'

export const UNSAFE_MARKUP_RULE = 'unsafe-markup'

/** `javascript:` with the white space and control characters browsers ignore inside a scheme. */
const schemePattern = /^[\s\p{Cc}]*([a-z][a-z0-9+.\-\s\p{Cc}]*):/iu

/**
 * Remove what could run script: event-handler attributes, and `javascript:`,
 * `data:` and similar URLs (a link loses its target and keeps its text, an
 * image goes). The sanitizer after the rules enforces the same; this rule
 * makes each removal visible in the report.
 */
export const removeUnsafeMarkup: HastRule = {
  id: UNSAFE_MARKUP_RULE,
  stage: 'hast',
  description:
    'Event-handler attributes; `javascript:`, `data:`, `vbscript:`, `file:` URLs (links are unlinked, images dropped).',
  run(tree, context) {
    const unlink: [Element, Parents][] = []
    const drop: [Element, Parents][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      const parent = ancestors.at(-1)
      for (const name of Object.keys(node.properties)) {
        if (!/^on/i.test(name)) continue
        delete node.properties[name]
        reportRemoval(context.file, {
          ruleId: UNSAFE_MARKUP_RULE,
          reason: `Unexpected event handler \`${name}\` on <${node.tagName}>, expected no script`,
          place: node.position ?? parent?.position,
          preview: `<${node.tagName} ${name}>`,
        })
      }
      for (const property of urlProperties[node.tagName] ?? []) {
        const value = node.properties[property]
        if (typeof value !== 'string' || !isUnsafeUrl(value)) continue
        if (node.tagName === 'img' && parent) drop.push([node, parent])
        else if (node.tagName === 'a' && parent) unlink.push([node, parent])
        else delete node.properties[property]
      }
    })
    const reason =
      'Unexpected script-capable URL (javascript:, data:, vbscript:, file:), expected http(s)'
    for (const [node, parent] of drop)
      context.remove(node, parent, { ruleId: UNSAFE_MARKUP_RULE, reason })
    for (const [node, parent] of unlink)
      context.unwrap(node, parent, { ruleId: UNSAFE_MARKUP_RULE, reason })
  },
}

export function isUnsafeUrl(url: string): boolean {
  const match = schemePattern.exec(url)
  if (!match?.[1]) return false
  const scheme = match[1].replace(/[\s\p{Cc}]+/gu, '').toLowerCase()
  return unsafeUrlSchemes.includes(scheme)
}
