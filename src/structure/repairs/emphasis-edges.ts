import type { Parents, PhrasingContent, Root } from 'mdast'
import { visitParents } from 'unist-util-visit-parents'
import type { RepairContext, TextRepair } from './repair.js'

export const EMPHASIS_EDGE_RULE = 'emphasis-edge-space'

const RUNS = new Set(['emphasis', 'strong', 'delete'])

/** White space Markdown cannot hold at the edge of an emphasis run (it writes `&#x20;`). */
const EDGE_SPACE_START = /^[\s\u00a0\u3000]+/u
const EDGE_SPACE_END = /[\s\u00a0\u3000]+$/u

/**
 * White space and line breaks at the edges of an emphasis, strong or
 * strikethrough run move outside it (`_ you_` → ` _you_`): Markdown cannot
 * write them inside without character references. An empty run goes.
 */
export const emphasisEdges: TextRepair = {
  id: EMPHASIS_EDGE_RULE,
  stage: 'structure',
  description: 'White space at the edges of an emphasis run moves outside it; an empty run goes.',
  run(tree: Root, context: RepairContext) {
    const runs: { node: Parents & { children: PhrasingContent[] }; parent: Parents }[] = []
    visitParents(tree, (node, ancestors) => {
      const parent = ancestors.at(-1)
      if (parent && RUNS.has(node.type) && 'children' in node)
        runs.push({ node: node as Parents & { children: PhrasingContent[] }, parent })
    })
    // Innermost first, so what moves out of an inner run can move out of the outer one.
    for (const { node, parent } of runs.reverse()) {
      const before: PhrasingContent[] = []
      const after: PhrasingContent[] = []
      let moved = false
      while (node.children.length > 0) {
        const first = node.children[0]
        if (first?.type === 'break') before.push(node.children.shift() as PhrasingContent)
        else if (first?.type === 'text' && EDGE_SPACE_START.test(first.value)) {
          const space = first.value.match(EDGE_SPACE_START)?.[0] ?? ''
          before.push({ type: 'text', value: space })
          first.value = first.value.slice(space.length)
          if (first.value === '') node.children.shift()
        } else break
        moved = true
      }
      while (node.children.length > 0) {
        const last = node.children.at(-1)
        if (last?.type === 'break') after.unshift(node.children.pop() as PhrasingContent)
        else if (last?.type === 'text' && EDGE_SPACE_END.test(last.value)) {
          const space = last.value.match(EDGE_SPACE_END)?.[0] ?? ''
          after.unshift({ type: 'text', value: space })
          last.value = last.value.slice(0, -space.length)
          if (last.value === '') node.children.pop()
        } else break
        moved = true
      }
      if (!moved) continue
      const siblings = parent.children as PhrasingContent[]
      const index = siblings.indexOf(node as PhrasingContent)
      if (index === -1) continue
      const keep = node.children.length > 0 ? [node as PhrasingContent] : []
      siblings.splice(index, 1, ...before, ...keep, ...after)
      context.report(
        EMPHASIS_EDGE_RULE,
        `Unexpected white space or line break at the edge of ${node.type}: moved it outside`,
        node,
      )
    }
  },
}
