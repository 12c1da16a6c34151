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
  readonly endAncestors: ReadonlySet<Node>
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
  const unpaired = new Set<Node>()
  let open: MarkerHit<T> | undefined
  for (const hit of hits) {
    if (hit.kind === 'begin') {
      if (open) unpaired.add(hit.node)
      else open = hit
    } else if (open && tooFar(open.node, hit.node)) {
      unpaired.add(open.node)
      unpaired.add(hit.node)
      open = undefined
    } else if (open) {
      pairs.set(open.node, {
        begin: open.node,
        end: hit.node,
        endAncestors: ancestorsOf(tree, hit.node),
        removed: [],
      })
      open = undefined
    } else {
      unpaired.add(hit.node)
    }
  }
  if (open) unpaired.add(open.node)

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
      if (unpaired.has(child)) {
        const kind = hits.find((hit) => hit.node === child)?.kind ?? 'begin'
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

function ancestorsOf(tree: Parent, target: Node): Set<Node> {
  const found = new Set<Node>()
  visitParents(tree, (node, ancestors) => {
    if (node !== target) return
    for (const ancestor of ancestors) found.add(ancestor)
    return false
  })
  return found
}

function span(start: Position | undefined, end: Position | undefined): Position | undefined {
  if (!start) return end
  if (!end) return start
  return { start: start.start, end: end.end }
}
