import { blockKey } from '../structure/paragraph-keys.js'

/** A block that starts a list item, a quote or indented content: its neighbours could merge. */
const CONTAINER_START = /^(?:[ \t]|[-*+](?: |$)|\d{1,9}[.)](?: |$)|>)/

export interface CutBlocks {
  readonly markdown: string
  /** The blocks cut out, in order. */
  readonly removed: readonly string[]
}

/**
 * Cut top-level paragraphs out of Markdown that winnow serialized, by the
 * keys of their exact Markdown (`ParagraphKey.block`): blocks are what lies
 * between blank lines. `undefined` when it cannot be done without parsing:
 * not exactly `expected` blocks found, or a cut that would leave two lists or
 * two quotes next to each other, which Markdown would merge.
 */
export function cutBlocks(
  markdown: string,
  keys: ReadonlySet<string>,
  expected: number,
): CutBlocks | undefined {
  const chunks = markdown.split('\n\n')
  const kept: string[] = []
  const removed: string[] = []
  let cutBefore = false
  for (const chunk of chunks) {
    if (keys.has(blockKey(chunk))) {
      removed.push(chunk)
      cutBefore = true
      continue
    }
    const previous = kept.at(-1)
    if (
      cutBefore &&
      previous !== undefined &&
      CONTAINER_START.test(previous) &&
      CONTAINER_START.test(chunk)
    )
      return undefined
    cutBefore = false
    kept.push(chunk)
  }
  if (removed.length !== expected) return undefined
  return { markdown: kept.join('\n\n'), removed }
}
