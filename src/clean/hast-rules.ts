import { applyFilterLists } from './apply-filter-lists.js'
import { handleAffiliateLinks } from './handle-affiliate-links.js'
import { linkBareUrls } from './link-bare-urls.js'
import { removeAdContainers } from './remove-ad-containers.js'
import { removeComments } from './remove-comments.js'
import { removeElements } from './remove-elements.js'
import { removeHiddenElements } from './remove-hidden-elements.js'
import { removeLinkLists } from './remove-link-lists.js'
import { removeMarkerBlocksHast } from './remove-marker-blocks-hast.js'
import { removeTrackingPixels } from './remove-tracking-pixels.js'
import { removeUiResidue } from './remove-ui-residue.js'
import { removeUnsafeMarkup } from './remove-unsafe-markup.js'
import { removeVideoPlayers } from './remove-video-players.js'
import type { HastRule, HastStep } from './rule.js'
import { splitFormattingAroundBlocks } from './split-formatting-around-blocks.js'
import { wrapLooseText } from './wrap-loose-text.js'

/**
 * The rule families that run on the parsed tree, in order. Marker blocks go
 * first (they remove whole ranges); bare URLs are linked next, as GFM links
 * them when winnow's Markdown is read again, so that every rule sees the
 * links the output will have; video players go before embeds, while their
 * teaser line still sits next to them; tracking pixels go before affiliate links
 * so that a pixel next to a banner does not count as content. Formatting
 * that HTML reopened around blocks is split around them, and loose text
 * between blocks is wrapped in paragraphs before the rules that judge
 * paragraph-like blocks, as the Markdown output will have it. Unsafe markup
 * goes after the rules that remove whole elements, and is not optional: the
 * sanitizer after the rules enforces the same. UI residue goes last, so that
 * a line an unsafe image or link leaves alone ("Advertisement") is judged
 * as it will be read.
 */
export const hastRules: readonly (HastRule | HastStep)[] = [
  removeMarkerBlocksHast,
  linkBareUrls,
  removeVideoPlayers,
  removeElements,
  removeAdContainers,
  applyFilterLists,
  removeTrackingPixels,
  removeHiddenElements,
  splitFormattingAroundBlocks,
  wrapLooseText,
  handleAffiliateLinks,
  removeLinkLists,
  removeComments,
  removeUnsafeMarkup,
  removeUiResidue,
]
