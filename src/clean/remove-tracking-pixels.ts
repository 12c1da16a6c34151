import type { Element, Parents } from 'hast'
import { visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'
import {
  hiddenStylePattern,
  TRACKING_PIXEL_MAX_SIZE,
  trackerUrlPatterns,
} from './rules/trackers.js'

export const TRACKING_PIXEL_RULE = 'tracking-pixel'

/** Remove tracking pixels: tiny images, hidden images, and images from tracker hosts. */
export const removeTrackingPixels: HastRule = {
  id: TRACKING_PIXEL_RULE,
  stage: 'hast',
  description:
    'Images of 0–1 px (by attribute or by style), hidden images, images from tracker hosts (facebook.com/tr, pixel.wp.com, doubleclick, …).',
  run(tree, context) {
    const found: [Element, Parents, string][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName !== 'img') return
      const why = trackingReason(node)
      const parent = ancestors.at(-1)
      if (why && parent) found.push([node, parent, why])
    })
    for (const [node, parent, why] of found) {
      context.remove(node, parent, {
        ruleId: TRACKING_PIXEL_RULE,
        reason: `Unexpected tracking pixel (${why}), expected a content image`,
      })
    }
  },
}

/** Why an image is a tracking pixel, or undefined when it is not. */
export function trackingReason(image: Element): string | undefined {
  const src = String(image.properties.src ?? '')
  if (trackerUrlPatterns.some((pattern) => pattern.test(src))) return 'tracker host'
  const style = String(image.properties.style ?? '')
  if (image.properties.hidden !== undefined && image.properties.hidden !== false)
    return 'hidden attribute'
  if (hiddenStylePattern.test(style)) return 'hidden by style'
  // Note: a size of 0 beside a real one means "auto" (570×0), and a style size
  // under a min-width or min-height is a layout box (Next.js fills), not a pixel.
  const layoutBox = minSizePattern.test(style)
  let width = size(image.properties.width) ?? (layoutBox ? undefined : styleSize(style, 'width'))
  let height = size(image.properties.height) ?? (layoutBox ? undefined : styleSize(style, 'height'))
  if (width === 0 && height !== undefined && height > TRACKING_PIXEL_MAX_SIZE) width = undefined
  if (height === 0 && width !== undefined && width > TRACKING_PIXEL_MAX_SIZE) height = undefined
  if (
    (width !== undefined && width <= TRACKING_PIXEL_MAX_SIZE) ||
    (height !== undefined && height <= TRACKING_PIXEL_MAX_SIZE)
  ) {
    return `${width ?? '?'}×${height ?? '?'} px`
  }
  return undefined
}

function size(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value)
  return match ? Number(match[1]) : undefined
}

const minSizePattern = /(?:^|;)\s*min-(?:width|height)\s*:/i

const stylePatterns = {
  width: /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)\s*px/i,
  height: /(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)\s*px/i,
} as const

function styleSize(style: string, property: 'width' | 'height'): number | undefined {
  const match = stylePatterns[property].exec(style)
  return match ? Number(match[1]) : undefined
}
