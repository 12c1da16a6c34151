import type { Nodes as HastNodes } from 'hast'
import { toText } from 'hast-util-to-text'
import type { Nodes as MdastNodes } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import type { VFile } from 'vfile'

/** Every message winnow reports carries this source. */
export const MESSAGE_SOURCE = 'winnow'

/** How many characters of removed text a message keeps as its preview. */
export const PREVIEW_LENGTH = 80

export interface Removal {
  readonly ruleId: string
  /** What was found and why it goes, for a person to act on. */
  readonly reason: string
  /** Where it was; for nodes without a position, the nearest positioned ancestor's. */
  readonly place?: Position | undefined
  readonly preview: string
}

/** Record one removal as an info message on the file. */
export function reportRemoval(file: VFile, removal: Removal): void {
  const message = file.info(removal.reason, {
    ruleId: removal.ruleId,
    source: MESSAGE_SOURCE,
    ...(removal.place ? { place: removal.place } : {}),
  })
  message.actual = removal.preview
}

/** A short, single-line preview of what a hast node held. */
export function previewHast(node: HastNodes): string {
  if (node.type === 'element' && node.tagName === 'img') {
    return `<img src="${String(node.properties.src ?? '')}">`.slice(0, PREVIEW_LENGTH)
  }
  if (node.type === 'comment') return shorten(`<!--${node.value}-->`)
  const text =
    node.type === 'root' || node.type === 'element'
      ? toText(node)
      : 'value' in node
        ? node.value
        : ''
  if (text.trim() === '' && node.type === 'element') return `<${node.tagName}>`
  return shorten(text)
}

/** A short, single-line preview of what an mdast node held. */
export function previewMdast(node: MdastNodes): string {
  return shorten(
    'value' in node && typeof node.value === 'string' ? node.value : mdastToString(node),
  )
}

export function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH - 1)}…` : line
}
