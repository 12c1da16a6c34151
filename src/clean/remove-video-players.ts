import type { Element, Parents } from 'hast'
import { selectAll } from 'hast-util-select'
import { visitParents } from 'unist-util-visit-parents'
import type { HastRule } from './rule.js'
import {
  VIDEO_TEASER_MAX_WORDS,
  videoPlayerSelector,
  videoTeaserPattern,
} from './rules/video-players.js'
import { textOf } from './text-of.js'

export const VIDEO_PLAYER_RULE = 'video-player'

const TEASER_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong'])

/**
 * Video-player widgets of ad networks go, with the teaser heading or line
 * right before them ("Watch: …"), which would be left pointing at nothing.
 */
export const removeVideoPlayers: HastRule = {
  id: VIDEO_PLAYER_RULE,
  stage: 'hast',
  description: 'Ad-network video-player widgets, with the teaser line right before them.',
  run(tree, context) {
    const players = new Set(selectAll(videoPlayerSelector, tree))
    if (players.size === 0) return
    const found: [Element, Parents][] = []
    visitParents(tree, 'element', (node, ancestors) => {
      if (!players.has(node)) return
      const parent = ancestors.at(-1)
      if (parent) found.push([node, parent])
      return 'skip'
    })
    for (const [player, parent] of found) {
      const teaser = teaserBefore(player, parent)
      if (teaser)
        context.remove(teaser, parent, {
          ruleId: VIDEO_PLAYER_RULE,
          reason: 'Unexpected teaser line of a video-player widget, expected article content',
        })
      context.remove(player, parent, {
        ruleId: VIDEO_PLAYER_RULE,
        reason: 'Unexpected video-player widget of an ad network, expected article content',
      })
    }
  },
}

/** The element right before `player` when it is a short teaser line. */
function teaserBefore(player: Element, parent: Parents): Element | undefined {
  const index = parent.children.indexOf(player)
  for (let at = index - 1; at >= 0; at--) {
    const node = parent.children[at]
    if (node?.type === 'text' && node.value.trim() === '') continue
    if (node?.type !== 'element' || !TEASER_TAGS.has(node.tagName)) return undefined
    const text = textOf(node).replace(/\s+/g, ' ').trim()
    const words = text.split(' ').filter(Boolean).length
    return words <= VIDEO_TEASER_MAX_WORDS && videoTeaserPattern.test(text) ? node : undefined
  }
  return undefined
}
