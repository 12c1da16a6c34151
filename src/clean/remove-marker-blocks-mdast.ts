import type { Html, Root } from 'mdast'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportRemoval, shorten } from '../messages/report-removal.js'
import { type CleanPolicy, defaultPolicy } from './policy.js'
import { previewNodes } from './preview-nodes.js'
import { type MarkerHit, removeBetweenMarkers } from './remove-between-markers.js'
import { classifyMarker, type ExtraMarkers, htmlComments } from './rules/marker-comments.js'

export const MARKER_BLOCK_RULE = 'marker-block'

/**
 * Remove comment-delimited ad blocks at the Markdown block level, before any
 * raw HTML is parsed, so that broken markup inside a block cannot pull the
 * content after it into the block (or the block into the content).
 */
export function removeMarkerBlocksMdast(
  tree: Root,
  file: VFile,
  policy: CleanPolicy = defaultPolicy,
): void {
  const extra = policy.markerComments
  const hits: MarkerHit<Html>[] = []
  const beginTexts = new Map<Html, string>()
  const endTexts = new Map<Html, string>()
  const cuts = new Map<Html, string>()
  visit(tree, 'html', (node) => {
    node.value = removeBlocksInsideValue(node, file, extra)
    const kinds = markersIn(node.value, extra)
    // After inner pairs are gone, a node holds at most the tail of one begin
    // marker's block or the head of one end marker's block that matters.
    const last = kinds.at(-1)
    const first = kinds[0]
    if (first?.kind === 'end') {
      hits.push({ node, kind: 'end' })
      endTexts.set(node, first.text)
    }
    if (last?.kind === 'begin') {
      hits.push({ node, kind: 'begin' })
      beginTexts.set(node, last.text)
    }
  })

  removeBetweenMarkers(tree, hits, {
    keepAfterCut(node, kind) {
      const markers = markersIn(node.value, extra)
      const marker = kind === 'begin' ? markers.at(-1) : markers[0]
      if (marker) {
        cuts.set(
          node,
          kind === 'begin' ? node.value.slice(marker.end) : node.value.slice(0, marker.start),
        )
        node.value =
          kind === 'begin' ? node.value.slice(0, marker.start) : node.value.slice(marker.end)
      }
      return node.value.trim() !== ''
    },
    onBlock({ begin, end, removed, place }) {
      reportRemoval(file, {
        ruleId: MARKER_BLOCK_RULE,
        reason: `Unexpected block between marker comments \`${beginTexts.get(begin)}\` and \`${endTexts.get(end)}\`, expected article content`,
        place,
        preview: previewNodes(removed as Node[], [cuts.get(begin) ?? '', cuts.get(end) ?? '']),
      })
    },
    onUnpaired({ node, kind }) {
      const markers = markersIn(node.value, extra)
      const marker = kind === 'begin' ? markers.at(-1) : markers[0]
      const preview = marker?.text ?? shorten(node.value)
      if (marker) node.value = node.value.slice(0, marker.start) + node.value.slice(marker.end)
      reportRemoval(file, {
        ruleId: MARKER_BLOCK_RULE,
        reason:
          kind === 'begin'
            ? 'Unexpected begin marker comment with no end marker: removed the marker only, kept what follows'
            : 'Unexpected end marker comment with no begin marker: removed the marker only',
        place: node.position,
        preview,
      })
      return node.value.trim() !== ''
    },
  })
}

interface FoundMarker {
  readonly kind: 'begin' | 'end'
  readonly start: number
  readonly end: number
  readonly text: string
}

function markersIn(value: string, extra: ExtraMarkers): FoundMarker[] {
  const found: FoundMarker[] = []
  for (const comment of htmlComments(value)) {
    const kind = classifyMarker(comment.text, extra)
    if (kind)
      found.push({
        kind,
        start: comment.start,
        end: comment.end,
        text: value.slice(comment.start, comment.end),
      })
  }
  return found
}

/**
 * Begin and end markers inside one raw HTML value: cut the span of each pair,
 * pairing every begin marker with the next end marker, in one pass.
 */
function removeBlocksInsideValue(node: Html, file: VFile, extra: ExtraMarkers): string {
  const value = node.value
  const markers = markersIn(value, extra)
  const kept: string[] = []
  let at = 0
  let begin: FoundMarker | undefined
  for (const marker of markers) {
    if (marker.kind === 'begin') {
      begin ??= marker
      continue
    }
    if (!begin) continue
    reportRemoval(file, {
      ruleId: MARKER_BLOCK_RULE,
      reason: `Unexpected block between marker comments \`${begin.text}\` and \`${marker.text}\`, expected article content`,
      place: node.position,
      preview: shorten(value.slice(begin.end, marker.start).replace(/<[^>]*>/g, ' ')),
    })
    kept.push(value.slice(at, begin.start))
    at = marker.end
    begin = undefined
  }
  if (at === 0) return value
  kept.push(value.slice(at))
  return kept.join('')
}
