import type { Paragraph, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { remove } from 'unist-util-remove'
import { paragraphKey, paragraphText } from '../structure/paragraph-keys.js'
import { nodesToMarkdown } from '../structure/to-markdown.js'
import type { ArticleRecord } from '../types.js'

export const REPEATED_BOILERPLATE_RULE = 'repeated-boilerplate'

/** A paragraph found verbatim in documents of this many different groups is boilerplate. */
export const MIN_BOILERPLATE_GROUPS = 3

/** Paragraph keys that recur in at least `minGroups` different groups. */
export function findBoilerplate(
  groups: readonly (readonly { readonly record: ArticleRecord }[])[],
  options: { readonly minGroups: number } = { minGroups: MIN_BOILERPLATE_GROUPS },
): Set<string> {
  const seenIn = new Map<string, Set<number>>()
  groups.forEach((members, group) => {
    for (const member of members) {
      for (const { key } of member.record.paragraphs) {
        const set = seenIn.get(key) ?? new Set<number>()
        seenIn.set(key, set)
        set.add(group)
      }
    }
  })
  const boilerplate = new Set<string>()
  for (const [key, set] of seenIn) if (set.size >= options.minGroups) boilerplate.add(key)
  return boilerplate
}

/** The syntax extensions of winnow's own Markdown, made once (combining them is not free). */
const extensions = [gfm()]
const mdastExtensions = [gfmFromMarkdown()]

/** Parse Markdown that winnow wrote into a record (GFM, no front matter). */
export function parseRecordMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions, mdastExtensions })
}

/** Remove boilerplate paragraphs from a Markdown body. */
export function stripBoilerplate(markdown: string, boilerplate: ReadonlySet<string>): string {
  if (boilerplate.size === 0 || markdown === '') return markdown
  const tree = parseRecordMarkdown(markdown)
  let removed = false
  remove(tree, (node) => {
    if (node.type !== 'paragraph') return false
    const key = paragraphKey(paragraphText(node as Paragraph))
    const hit = key !== undefined && boilerplate.has(key)
    removed ||= hit
    return hit
  })
  // Lists and quotes left empty by the removal go too.
  remove(
    tree,
    (node) =>
      (node.type === 'listItem' || node.type === 'blockquote' || node.type === 'list') &&
      'children' in node &&
      Array.isArray(node.children) &&
      node.children.length === 0,
  )
  return removed ? nodesToMarkdown(tree.children) : markdown
}
