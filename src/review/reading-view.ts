import type { Element, Root, RootContent } from 'hast'
import { escapeHtml } from './escape.js'
import {
  type PlacedRemoval,
  type RemovalRange,
  removalRanges,
  ruleLabel,
} from './highlight-source.js'
import { offsetRange } from './html-source.js'
import { imagePlaceholder, webAddress } from './image-placeholder.js'
import { BLOCK_TAGS, BOX_TAGS, EMBED_TAGS, INLINE_TAGS, INVISIBLE_TAGS } from './reading-policy.js'

export interface ReadingView {
  /** The page's text with its block structure, removed parts wrapped in place; escaped. */
  readonly html: string
  /** Ids of the removals that are marked in `html`. */
  readonly shown: ReadonlySet<number>
  /** Share (0–1) of the page's visible text, white space aside, that a removal covers. */
  readonly removedShare: number
}

export interface ReadingOptions {
  /** The page's address, for relative image addresses. */
  readonly baseUrl?: string
}

type Node = Root | RootContent

/**
 * An HTML page as a reader saw it: headings, paragraphs, lists, figures,
 * tables and images (as placeholders), with every removal wrapped around the
 * elements it covers: a block gets a head with its rule ids and reasons and a
 * button to collapse it, an inline part a labelled `<mark>`. Positions are
 * offsets into `text`, the string `page` was parsed from.
 */
export function renderReadingView(
  page: Root,
  text: string,
  removals: readonly PlacedRemoval[],
  options: ReadingOptions = {},
): ReadingView {
  const ranges = removalRanges(text, removals).filter((range) => range.end > range.start)
  const shown = new Set<number>()
  let total = 0
  let removed = 0

  const render = (node: Node, active: readonly RemovalRange[]): string => {
    const place = 'position' in node ? offsetRange(node) : undefined
    const covering = place
      ? ranges.filter(
          (range) =>
            !active.includes(range) && range.start <= place.start && place.end <= range.end,
        )
      : []
    const inner = renderBare(node, covering.length > 0 ? [...active, ...covering] : active)
    if (covering.length === 0 || inner === '') return inner
    for (const range of covering) shown.add(range.removal.id)
    return wrap(covering, inner, isBlock(node))
  }

  const children = (node: Root | Element, active: readonly RemovalRange[]): string =>
    node.children.map((child) => render(child, active)).join('')

  const renderText = (
    value: string,
    place: { start: number; end: number } | undefined,
    active: readonly RemovalRange[],
  ): string => {
    const partial =
      place && value.length === place.end - place.start
        ? ranges.filter(
            (range) =>
              !active.includes(range) &&
              range.start < place.end &&
              range.end > place.start &&
              !(range.start <= place.start && place.end <= range.end),
          )
        : []
    if (!place || partial.length === 0) {
      count(value, active.length > 0)
      return escapeHtml(value)
    }
    const cuts = [
      ...new Set([place.start, place.end, ...partial.flatMap((range) => [range.start, range.end])]),
    ]
      .filter((offset) => offset >= place.start && offset <= place.end)
      .sort((a, b) => a - b)
    let html = ''
    for (let index = 0; index + 1 < cuts.length; index++) {
      const from = cuts[index] ?? 0
      const to = cuts[index + 1] ?? 0
      const chunk = value.slice(from - place.start, to - place.start)
      const inside = partial.filter((range) => range.start <= from && to <= range.end)
      count(chunk, active.length > 0 || inside.length > 0)
      if (inside.length === 0) {
        html += escapeHtml(chunk)
        continue
      }
      const starting = inside.filter(
        (range) => range.start === from || !shown.has(range.removal.id),
      )
      for (const range of inside) shown.add(range.removal.id)
      html += wrap(
        starting.length > 0 ? starting : inside,
        escapeHtml(chunk),
        false,
        starting.length > 0,
      )
    }
    return html
  }

  const renderBare = (node: Node, active: readonly RemovalRange[]): string => {
    if (node.type === 'text') return renderText(node.value, offsetRange(node), active)
    if (node.type === 'root') return children(node, active)
    if (node.type !== 'element') return ''
    const tag = node.tagName
    if (INVISIBLE_TAGS.has(tag)) return active.length > 0 ? hiddenTag(tag) : ''
    if (tag === 'img') return image(node)
    if (EMBED_TAGS.has(tag)) return embed(node)
    if (tag === 'br') return '<br>'
    if (tag === 'hr') return '<hr>'
    const inner = children(node, active)
    if (tag === 'a') {
      const href = webAddress(stringProperty(node, 'href'), options.baseUrl)
      return href === undefined
        ? inner
        : `<a href="${escapeHtml(href)}" title="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${inner}</a>`
    }
    if (BLOCK_TAGS.has(tag) || INLINE_TAGS.has(tag)) return `<${tag}>${inner}</${tag}>`
    const box = BOX_TAGS[tag]
    if (box !== undefined) return inner === '' ? '' : `<div class="${box}">${inner}</div>`
    return inner
  }

  const image = (node: Element): string => {
    const src =
      stringProperty(node, 'src') ??
      stringProperty(node, 'dataSrc') ??
      stringProperty(node, 'srcSet')?.trim().split(/\s+/)[0]
    return imagePlaceholder(webAddress(src, options.baseUrl), stringProperty(node, 'alt') ?? '')
  }

  const count = (value: string, isRemoved: boolean): void => {
    const length = value.replace(/\s+/g, '').length
    total += length
    if (isRemoved) removed += length
  }

  const html = render(page, [])
  return { html, shown, removedShare: total === 0 ? 0 : removed / total }
}

function isBlock(node: Node): boolean {
  if (node.type !== 'element') return false
  return BLOCK_TAGS.has(node.tagName) || node.tagName in BOX_TAGS || EMBED_TAGS.has(node.tagName)
}

/** A removal's mark: a collapsible block with a head, or an inline `<mark>`. */
function wrap(
  covering: readonly RemovalRange[],
  inner: string,
  block: boolean,
  labelled = true,
): string {
  const rules = escapeHtml([...new Set(covering.map((range) => range.removal.ruleId))].join(' '))
  const reasons = covering.map((range) => `${range.removal.ruleId}: ${range.removal.reason}`)
  const labels = labelled ? covering.map((range) => ruleLabel(range.removal)).join('') : ''
  if (!block)
    return `<mark class="cut-inline" data-rule="${rules}" title="${escapeHtml(reasons.join('\n'))}">${labels}${inner}</mark>`
  return `<div class="cut" data-rule="${rules}"><div class="cut-head"><button type="button" class="cut-toggle" aria-expanded="true" title="Collapse or expand">▾</button>${labels}<span class="cut-reason">${escapeHtml(covering.map((range) => range.removal.reason).join(' · '))}</span></div><div class="cut-body">${inner}</div></div>`
}

function hiddenTag(tag: string): string {
  return `<span class="hidden-tag">[${escapeHtml(tag)}]</span>`
}

function embed(node: Element): string {
  const src = webAddress(stringProperty(node, 'src') ?? stringProperty(node, 'data'), undefined)
  const host = src ? new URL(src).host : ''
  return `<span class="hidden-tag">[${escapeHtml(node.tagName)}${host ? `: ${escapeHtml(host)}` : ''}]</span>`
}

function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.join(name === 'srcSet' ? ', ' : ' ')
  return undefined
}
