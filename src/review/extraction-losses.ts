import type { Element, ElementContent, Root } from 'hast'
import { MAIN_CONTENT_RULE } from '../extract/select-main-content.js'
import { type OffsetRange, offsetRange } from './html-source.js'
import { INVISIBLE_TAGS } from './reading-policy.js'

/** A part of the page that extraction dropped with the furniture around the article. */
export interface ExtractionLoss {
  readonly ruleId: string
  readonly reason: string
  readonly start: number
  readonly end: number
  readonly preview: string
}

/**
 * Everything in the page's `<body>` that lies outside the elements extraction
 * kept: a lead photo outside the article container, a byline in the header,
 * the navigation. `winnow clean` drops these without a message (only the
 * furniture removed inside the article is reported), so the review names them
 * with the `main-content` rule. When extraction kept no element of the page
 * (it took the JSON-LD `articleBody`), the whole body is a loss; when the page
 * has no article at all (`containers` undefined), nothing is.
 */
export function extractionLosses(
  page: Root,
  containers: readonly OffsetRange[] | undefined,
): ExtractionLoss[] {
  const body = findElement(page, 'body')
  if (!body || containers === undefined) return []
  const losses: ExtractionLoss[] = []
  const reason =
    containers.length === 0
      ? 'Unexpected page content, expected none outside the article: extraction took the article from the JSON-LD articleBody and dropped the whole page body'
      : 'Unexpected content outside the article container that extraction chose, dropped as page furniture: check that it is not part of the article'
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      const range = offsetRange(child)
      if (!range || !isVisible(child)) continue
      if (containers.some((box) => box.start <= range.start && range.end <= box.end)) continue
      if (
        child.type === 'element' &&
        containers.some((box) => range.start <= box.start && box.end <= range.end)
      ) {
        visit(child)
        continue
      }
      losses.push({
        ruleId: MAIN_CONTENT_RULE,
        reason,
        ...range,
        preview: preview(child),
      })
    }
  }
  visit(body)
  return losses
}

function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const found = findElement(child, tagName)
    if (found) return found
  }
  return undefined
}

/** Text a reader sees, or an image or embed; scripts, styles and white space are not losses. */
function isVisible(node: ElementContent): boolean {
  if (node.type === 'text') return node.value.trim() !== ''
  if (node.type !== 'element' || INVISIBLE_TAGS.has(node.tagName)) return false
  if (node.tagName === 'img' || node.tagName === 'iframe' || node.tagName === 'video') return true
  return node.children.some(isVisible)
}

const PREVIEW_LENGTH = 80

function preview(node: ElementContent): string {
  let text = ''
  const collect = (child: ElementContent): void => {
    if (text.length > PREVIEW_LENGTH) return
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && !INVISIBLE_TAGS.has(child.tagName))
      child.children.forEach(collect)
  }
  collect(node)
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '') return node.type === 'element' ? `<${node.tagName}>` : ''
  return clean.length > PREVIEW_LENGTH ? `${clean.slice(0, PREVIEW_LENGTH - 1)}…` : clean
}
