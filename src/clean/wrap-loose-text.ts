import type { Element, ElementContent, Nodes, Parents, RootContent } from 'hast'
import { defaultHandlers } from 'hast-util-to-mdast'
import { whitespace } from 'hast-util-whitespace'
import type { Point } from 'unist'
import type { HastStep } from './rule.js'

/**
 * Elements that hast-util-to-mdast turns into blocks of their own. Any other
 * element (`span`, `b`, an unknown `<x-tooltip>`) is inline when all it holds
 * is inline: the converter lets its text run on with the text around it.
 */
const blockElements: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'multicol',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
])

/** Elements whose content hast-util-to-mdast takes as flow: it wraps runs of text in paragraphs. */
const flowElements: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'div',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'multicol',
  'nav',
  'picture',
  'section',
])

/**
 * Flow elements whose loose text is wrapped even with no block beside it: no
 * rule judges them as a line (a `div`, a quote or a caption is judged whole).
 */
const sectioning: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'main',
  'multicol',
  'nav',
  'section',
])

/**
 * Whether the converter passes an element's content through to the flow
 * around it: flow elements, and the elements it keeps no trace of (`span`,
 * `font`, `small`, unknown ones). Lists, tables, headings, paragraphs and
 * inline markup (`strong`, `a`) give their content a shape of their own, and
 * a `<p>` in a list item would make the list loose: their content is left
 * as it is.
 */
function passesToFlow(tagName: string): boolean {
  if (flowElements.has(tagName)) return true
  const handlers: Readonly<Record<string, unknown>> = defaultHandlers
  return !Object.hasOwn(handlers, tagName) || handlers[tagName] === defaultHandlers.span
}

/**
 * Wrap loose text in `<p>`: each run of text and inline elements that sits
 * beside blocks (`<article><h1>…</h1>Loose text<p>…</p></article>`), or
 * alone in a sectioning element, becomes the paragraph that
 * hast-util-to-mdast makes of it anyway. The rules that judge paragraph-like
 * blocks (pitches, UI residue, link-list labels) then see it on the first
 * cleaning as they do when winnow's Markdown is cleaned again. Nothing is
 * removed, so nothing is reported.
 */
export const wrapLooseText: HastStep = {
  step: 'wrap-loose-text',
  run(tree) {
    const visit = (parent: Parents): void => {
      if (
        parent.type === 'root' ||
        sectioning.has(parent.tagName) ||
        parent.children.some(isBlock)
      ) {
        parent.children = wrapRuns(parent.children)
      }
      for (const child of parent.children)
        if (child.type === 'element' && holdsFlow(child)) visit(child)
    }
    visit(tree)
  },
}

/**
 * Whether an element's content is flow that the converter passes on: a flow
 * element, or inline markup that HTML made hold blocks (an `<em>` left open
 * before a `<pre>` holds the paragraphs after it), which winnow splits
 * around its blocks when it writes Markdown.
 */
function holdsFlow(element: Element): boolean {
  if (isInline(element)) return false
  if (passesToFlow(element.tagName)) return true
  return !blockElements.has(element.tagName) && element.tagName !== 'a'
}

/** A node that ends a run of loose text. */
function isBlock(node: Nodes): boolean {
  return node.type === 'element' && !isInline(node)
}

/** Not a block, and nothing but inline content all the way down (a link around a `<div>` is a block). */
export function isInline(node: Element): boolean {
  return (
    !blockElements.has(node.tagName) &&
    node.children.every((child) => child.type !== 'element' || isInline(child))
  )
}

function wrapRuns<T extends RootContent>(children: readonly T[]): T[] {
  const result: T[] = []
  let run: T[] = []
  const flush = (): void => {
    if (
      run.some((node) => node.type === 'element' || (node.type === 'text' && !whitespace(node)))
    ) {
      result.push(paragraphOf(run as unknown as ElementContent[]) as T)
    } else {
      result.push(...run)
    }
    run = []
  }
  for (const child of children) {
    if (isBlock(child)) {
      flush()
      result.push(child)
    } else run.push(child)
  }
  flush()
  return result
}

function paragraphOf(children: ElementContent[]): Element {
  const first = children.find((node) => node.position)
  const last = children.findLast((node) => node.position)
  const start = first?.position && skipSpace(first, 'start')
  const end = last?.position && skipSpace(last, 'end')
  return {
    type: 'element',
    tagName: 'p',
    properties: {},
    children,
    ...(start && end ? { position: { start, end } } : {}),
  }
}

/**
 * Where the text of a run starts (or ends): a text node's leading (trailing)
 * white space is not part of the paragraph. White space is never a
 * character reference, so the source has it as it is.
 */
function skipSpace(node: ElementContent, side: 'start' | 'end'): Point | undefined {
  const point = node.position?.[side]
  if (!point || node.type !== 'text') return point
  if (side === 'start') {
    const space = /^\s*/.exec(node.value)?.[0] ?? ''
    if (space === '' || space === node.value) return point
    const lines = space.split('\n')
    const tail = lines.at(-1) ?? ''
    return {
      line: point.line + lines.length - 1,
      column: lines.length > 1 ? tail.length + 1 : point.column + tail.length,
      ...(point.offset === undefined ? {} : { offset: point.offset + space.length }),
    }
  }
  const space = /\s*$/.exec(node.value)?.[0] ?? ''
  if (space === '' || space === node.value || space.includes('\n')) return point
  return {
    line: point.line,
    column: point.column - space.length,
    ...(point.offset === undefined ? {} : { offset: point.offset - space.length }),
  }
}
