import type { Comment } from 'hast'
import type { Node } from 'unist'
import { visit } from 'unist-util-visit'
import { reportRemoval } from '../messages/report-removal.js'
import { previewNodes } from './preview-nodes.js'
import { type MarkerHit, removeBetweenMarkers } from './remove-between-markers.js'
import { MARKER_BLOCK_RULE } from './remove-marker-blocks-mdast.js'
import type { HastRule } from './rule.js'
import { classifyMarker } from './rules/marker-comments.js'

/** Comment-delimited ad blocks in parsed HTML (HTML inputs, and any left in Markdown). */
export const removeMarkerBlocksHast: HastRule = {
  id: MARKER_BLOCK_RULE,
  options: ['markerComments'],
  stage: 'hast',
  description:
    'Everything between a begin and an end marker comment (`<!-- affiliate ads begin -->` … `end`, `<!-- ad start -->`, `<!-- BEGIN ADVERTISEMENT -->`, `<!-- ads -->` … `<!-- /ads -->`), across element boundaries; in Markdown before raw HTML is parsed. An unpaired marker removes only itself. `google_ad_section` markers are kept (they mark the article).',
  run(tree, context) {
    const hits: MarkerHit<Comment>[] = []
    visit(tree, 'comment', (node) => {
      const kind = classifyMarker(node.value, context.policy.markerComments)
      if (kind) hits.push({ node, kind })
    })
    removeBetweenMarkers(tree, hits, {
      keepAfterCut: () => false,
      onBlock({ begin, end, removed, place }) {
        reportRemoval(context.file, {
          ruleId: MARKER_BLOCK_RULE,
          reason: `Unexpected block between marker comments \`<!--${begin.value}-->\` and \`<!--${end.value}-->\`, expected article content`,
          place,
          preview: previewNodes(removed as Node[]),
        })
      },
      onUnpaired({ node, kind }) {
        reportRemoval(context.file, {
          ruleId: MARKER_BLOCK_RULE,
          reason: `Unexpected ${kind} marker comment with no partner: removed the marker only`,
          place: node.position,
          preview: `<!--${node.value}-->`,
        })
        return false
      },
    })
  },
}
