import { applyFilterLists } from './apply-filter-lists.js'
import { handleAffiliateLinks } from './handle-affiliate-links.js'
import { removeAdContainers } from './remove-ad-containers.js'
import { removeComments } from './remove-comments.js'
import { removeElements } from './remove-elements.js'
import { removeLinkLists } from './remove-link-lists.js'
import { removeMarkerBlocksHast } from './remove-marker-blocks-hast.js'
import { removeTrackingPixels } from './remove-tracking-pixels.js'
import { removeUiResidue } from './remove-ui-residue.js'
import { removeUnsafeMarkup } from './remove-unsafe-markup.js'
import type { HastRule } from './rule.js'

/**
 * The rule families that run on the parsed tree, in order. Marker blocks go
 * first (they remove whole ranges); tracking pixels go before affiliate links
 * so that a pixel next to a banner does not count as content. Unsafe markup
 * goes last, after the rules that remove whole elements, and is not optional:
 * the sanitizer after it enforces the same.
 */
export const hastRules: readonly HastRule[] = [
  removeMarkerBlocksHast,
  removeElements,
  removeAdContainers,
  applyFilterLists,
  removeTrackingPixels,
  handleAffiliateLinks,
  removeLinkLists,
  removeUiResidue,
  removeComments,
  removeUnsafeMarkup,
]
