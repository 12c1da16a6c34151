import type { Node, Parent, Position } from 'unist'
import { visitParents } from 'unist-util-visit-parents'

/**
 * Longest span, in characters of source, that a begin/end marker pair may
 * remove. Ad blocks are short; two unrelated markers far apart would take the
 * article between them with them. A pair further apart is left alone.
 */
export const MAX_MARKER_BLOCK_LENGTH = 10_000

/** One marker found in a tree, in document order. */
export interface MarkerHit<T extends Node> {
  readonly node: T
  readonly kind: 'begin' | 'end'
}

export interface BetweenMarkersHandlers<T extends Node> {
  /** Trim the marker out of its node; return false to drop the whole node. */
  readonly keepAfterCut: (node: T, kind: 'begin' | 'end') => boolean
  /** A begin and end marker paired, with everything removed between them. */
  readonly onBlock: (block: {
    readonly begin: T
    readonly end: T
    readonly removed: readonly Node[]
    readonly place: Position | undefined
  }) => void
  /** A marker with no partner: only the marker itself goes. Return false to drop the whole node. */
  readonly onUnpaired: (hit: MarkerHit<T>) => boolean
}

interface Pair<T> {
  readonly begin: T
  readonly end: T
  /** The nodes that hold the end marker: entered, not removed. */
  endAncestors: ReadonlySet<Node>
  readonly removed: Node[]
}

/**
 * Remove everything between each begin marker and the next end marker, in
 * document order and across element boundaries: siblings between them go
 * whole, and a node that holds the end marker is entered and emptied up to it.
 */
export function removeBetweenMarkers<T extends Node>(
  tree: Parent,
  hits: readonly MarkerHit<T>[],
  handlers: BetweenMarkersHandlers<T>,
): void {
  const tooFar = (begin: T, end: T): boolean => {
    const from = begin.position?.start.offset
    const to = end.position?.end.offset
    return from !== undefined && to !== undefined && to - from > MAX_MARKER_BLOCK_LENGTH
  }
  const pairs = new Map<Node, Pair<T>>()
  const unpaired = new Map<Node, MarkerHit<T>['kind']>()
  let open: MarkerHit<T> | undefined
  for (const hit of hits) {
    if (hit.kind === 'begin') {
      if (open) unpaired.set(hit.node, 'begin')
      else open = hit
    } else if (open && tooFar(open.node, hit.node)) {
      unpaired.set(open.node, 'begin')
      unpaired.set(hit.node, 'end')
      open = undefined
    } else if (open) {
      pairs.set(open.node, {
        begin: open.node,
        end: hit.node,
        endAncestors: new Set(),
        removed: [],
      })
      open = undefined
    } else {
      unpaired.set(hit.node, 'end')
    }
  }
  if (open) unpaired.set(open.node, 'begin')
  // The ancestors of every end marker, in one walk of the tree (one walk per
  // pair would make a page with many ad blocks quadratic).
  const ancestors = ancestorsOf(tree, new Set([...pairs.values()].map((pair) => pair.end)))
  for (const pair of pairs.values()) pair.endAncestors = ancestors.get(pair.end) ?? new Set()

  let active: Pair<T> | undefined
  const walk = (parent: Parent): void => {
    const kept: Node[] = []
    for (const child of parent.children) {
      if (active) {
        if (child === active.end) {
          if (handlers.keepAfterCut(child as T, 'end')) kept.push(child)
          handlers.onBlock({
            begin: active.begin,
            end: active.end,
            removed: active.removed,
            place: span(active.begin.position, active.end.position),
          })
          active = undefined
        } else if (active.endAncestors.has(child)) {
          walk(child as Parent)
          kept.push(child)
        } else {
          active.removed.push(child)
        }
        continue
      }
      const pair = pairs.get(child)
      if (pair) {
        active = pair
        if (handlers.keepAfterCut(child as T, 'begin')) kept.push(child)
        continue
      }
      const kind = unpaired.get(child)
      if (kind) {
        if (handlers.onUnpaired({ node: child as T, kind })) kept.push(child)
        continue
      }
      if ('children' in child && Array.isArray(child.children)) walk(child as Parent)
      kept.push(child)
    }
    parent.children = kept
  }
  if (pairs.size > 0 || unpaired.size > 0) walk(tree)
}

/** The ancestors of each target node, found in one walk. */
function ancestorsOf(tree: Parent, targets: ReadonlySet<Node>): Map<Node, Set<Node>> {
  const found = new Map<Node, Set<Node>>()
  if (targets.size === 0) return found
  visitParents(tree, (node, ancestors) => {
    if (!targets.has(node)) return
    found.set(node, new Set(ancestors))
    return 'skip'
  })
  return found
}

function span(start: Position | undefined, end: Position | undefined): Position | undefined {
  if (!start) return end
  if (!end) return start
  return { start: start.start, end: end.end }
}
