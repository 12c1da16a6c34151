import type { Element, Nodes, Parents, Root } from 'hast'
import type { VFile } from 'vfile'
import { previewHast, reportRemoval, shorten } from '../messages/report-removal.js'
import type { RuleDefinition } from '../types/rule-definition.js'
import { hasAutolinkLiteral } from './autolink-literals.js'
import type { CleanPolicy } from './policy.js'
import { textOf } from './text-of.js'

/** What the hast runner calls with the article's tree. */
export type HastRun = (tree: Root, context: RuleContext) => void

/** A cleaning rule that works on the parsed (hast) tree; the runner skips it when it is off. */
export interface HastRule extends RuleDefinition<HastRun> {
  readonly stage: 'hast'
  readonly run: HastRun
}

/**
 * A step the hast runner takes between rules that removes nothing and so has
 * no id and cannot be turned off (linking bare URLs, wrapping loose text).
 */
export interface HastStep {
  readonly step: string
  readonly run: HastRun
  /** The rules whose data this step applies (the selector rules), in the order it tries them. */
  readonly rules?: readonly RuleDefinition[]
}

export interface RuleContext {
  readonly file: VFile
  /** The catalogue and what the user's configuration adds to it. */
  readonly policy: CleanPolicy
  /** The page's own URL when known (canonical link, front matter `url`), for site-specific filter rules. */
  readonly pageUrl?: string | undefined
  /** Remove `node` from `parent` and report it. */
  readonly remove: (
    node: Nodes,
    parent: Parents,
    removal: { readonly ruleId: string; readonly reason: string },
  ) => void
  /** Remove several siblings of `parent` as one removal, reported once. */
  readonly removeRun: (
    nodes: readonly Nodes[],
    parent: Parents,
    removal: { readonly ruleId: string; readonly reason: string },
  ) => void
  /**
   * Replace an element by its children (an unlinked link) and report it; a
   * link whose text is a URL goes whole, as GFM would link its text again.
   */
  readonly unwrap: (
    node: Element,
    parent: Parents,
    removal: { readonly ruleId: string; readonly reason: string },
  ) => void
}

export function createRuleContext(file: VFile, policy: CleanPolicy, pageUrl?: string): RuleContext {
  return {
    file,
    policy,
    pageUrl,
    remove(node, parent, { ruleId, reason }) {
      const index = parent.children.indexOf(node as never)
      if (index === -1) return
      parent.children.splice(index, 1)
      reportRemoval(file, {
        ruleId,
        reason,
        place: node.position ?? parent.position,
        preview: previewHast(node),
      })
    },
    removeRun(nodes, parent, { ruleId, reason }) {
      const removed = nodes.filter((node) => parent.children.includes(node as never))
      if (removed.length === 0) return
      for (const node of removed) parent.children.splice(parent.children.indexOf(node as never), 1)
      const first = removed[0]?.position
      const last = removed.at(-1)?.position
      const place =
        first && last ? { start: first.start, end: last.end } : (first ?? last ?? parent.position)
      reportRemoval(file, {
        ruleId,
        reason,
        place,
        preview: shorten(removed.map((node) => previewHast(node)).join(' ')),
      })
    },
    unwrap(node, parent, { ruleId, reason }) {
      const index = parent.children.indexOf(node)
      if (index === -1) return
      // Unlinking a URL cannot stick: GFM links a bare URL again.
      const url = hasAutolinkLiteral(textOf(node))
      parent.children.splice(index, 1, ...(url ? [] : node.children))
      reportRemoval(file, {
        ruleId,
        reason: url
          ? `${reason}; its text is a URL, which Markdown links again: removed it`
          : reason,
        place: node.position ?? parent.position,
        preview: previewHast(node),
      })
    },
  }
}
