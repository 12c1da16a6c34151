import type { Element, ElementContent, Parents, RootContent } from 'hast'
import { whitespace } from 'hast-util-whitespace'
import type { HastStep } from './rule.js'
import { isInline } from './wrap-loose-text.js'

/**
 * Formatting elements that HTML's parser reopens around the blocks after
 * them when they are left open (`<p><em>text</p><pre>…</pre><p>more`), so
 * that they end up holding blocks. Links are left alone: a link around a
 * card (`<a><div><h3>…</h3><p>…</p></div></a>`) is a shape the rules judge.
 */
const formatting: ReadonlySet<string> = new Set([
  'b',
  'big',
  'del',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
])

/** Blocks whose content is phrasing: the formatting goes inside them, around all they hold. */
const phrasingBlocks: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Blocks whose content is kept as it is (code, tables, rules, media). */
const opaqueBlocks: ReadonlySet<string> = new Set(['pre', 'table', 'hr', 'xmp', 'listing'])

/**
 * Split a formatting element that holds blocks around them, as winnow's
 * Markdown will have it (see `hoistBlocks`): its runs of inline content stay
 * formatted, and its blocks come out beside them with the formatting moved
 * inside. The rules then judge the blocks the output will have: a link-list
 * label that HTML put inside a reopened `<em>` sits next to its list, as it
 * does when winnow's Markdown is cleaned again. Nothing is removed, so
 * nothing is reported.
 */
export const splitFormattingAroundBlocks: HastStep = {
  step: 'split-formatting-around-blocks',
  run(tree) {
    split(tree)
  },
}

function split(parent: Parents): void {
  const children: RootContent[] = []
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child)
      continue
    }
    split(child)
    if (formatting.has(child.tagName) && !isInline(child)) children.push(...spread(child))
    else children.push(child)
  }
  parent.children = children as typeof parent.children
}

/** The element's content with its formatting pushed into each inline run and each block. */
function spread(wrapper: Element): ElementContent[] {
  const result: ElementContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((node) => node.type === 'element' || (node.type === 'text' && !whitespace(node))))
      result.push(wrap(wrapper, run))
    else result.push(...run)
    run = []
  }
  for (const child of wrapper.children) {
    if (child.type === 'element' && !isInline(child)) {
      flush()
      result.push(formatInside(child, wrapper))
    } else run.push(child)
  }
  flush()
  return result
}

function formatInside(block: Element, wrapper: Element): Element {
  if (opaqueBlocks.has(block.tagName)) return block
  if (phrasingBlocks.has(block.tagName))
    return block.children.length === 0
      ? block
      : { ...block, children: [wrap(wrapper, block.children)] }
  return { ...block, children: spread({ ...wrapper, children: block.children }) }
}

function wrap(wrapper: Element, children: ElementContent[]): Element {
  return { ...wrapper, properties: { ...wrapper.properties }, children }
}
