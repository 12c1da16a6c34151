import type { Html, Root } from 'mdast'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { type CleanPolicy, defaultPolicy } from './policy.js'
import { previewNodes } from './preview-nodes.js'
import { type MarkerHit, removeBetweenMarkers } from './remove-between-markers.js'
import { reportRemoval, shorten } from './report-removal.js'
import { classifyMarker, commentPattern, type ExtraMarkers } from './rules/marker-comments.js'

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
  if (policy.disabled.has(MARKER_BLOCK_RULE)) return
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
  for (const match of value.matchAll(commentPattern)) {
    const kind = classifyMarker(match[1] ?? '', extra)
    if (kind)
      found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] })
  }
  return found
}

/** A begin and an end marker inside one raw HTML value: cut the span between them. */
function removeBlocksInsideValue(node: Html, file: VFile, extra: ExtraMarkers): string {
  let value = node.value
  for (;;) {
    const markers = markersIn(value, extra)
    const beginIndex = markers.findIndex((marker) => marker.kind === 'begin')
    const begin = markers[beginIndex]
    const end = markers.slice(beginIndex + 1).find((marker) => marker.kind === 'end')
    if (!begin || !end) return value
    reportRemoval(file, {
      ruleId: MARKER_BLOCK_RULE,
      reason: `Unexpected block between marker comments \`${begin.text}\` and \`${end.text}\`, expected article content`,
      place: node.position,
      preview: shorten(value.slice(begin.end, end.start).replace(/<[^>]*>/g, ' ')),
    })
    value = value.slice(0, begin.start) + value.slice(end.end)
  }
}
