import { collectImages, collectLinks } from '../structure/collect-media.js'
import type { ArticleItem, ArticleRecord, ParagraphKey } from '../types.js'
import { cutBlocks } from './cut-blocks.js'
import { parseRecordMarkdown, stripBoilerplate } from './repeated-boilerplate.js'

/** Markdown that may hold a link or an image (explicit, autolink or literal). */
const MAY_HOLD_MEDIA = /[[<]|:\/\/|www\./i

/**
 * A record with boilerplate paragraphs removed from its intro, items and
 * sections. Only the parts that hold one (see `ParagraphKey.part`) are
 * touched. A part whose boilerplate paragraphs are all top-level blocks of
 * known Markdown (`ParagraphKey.block`) has them cut out as text; any other
 * part is parsed again, as is an item that loses a link or an image (its
 * media lists are collected again).
 */
export function stripRecordBoilerplate(
  record: ArticleRecord,
  boilerplate: ReadonlySet<string>,
): ArticleRecord {
  const found = record.paragraphs.filter((paragraph) => boilerplate.has(paragraph.key))
  if (found.length === 0) return record
  // Boilerplate paragraphs by part; a paragraph of unknown part makes every part a suspect.
  const everywhere = found.some((paragraph) => paragraph.part === undefined)
  const byPart = new Map<number | undefined, ParagraphKey[]>()
  for (const paragraph of found)
    byPart.set(paragraph.part, [...(byPart.get(paragraph.part) ?? []), paragraph])
  const touched = (part: number) => everywhere || byPart.has(part)
  const cut = (markdown: string, part: number) =>
    everywhere ? undefined : cutBlocksOf(markdown, byPart.get(part) ?? [])
  const strip = (markdown: string, part: number) =>
    !touched(part)
      ? markdown
      : (cut(markdown, part)?.markdown ?? stripBoilerplate(markdown, boilerplate))
  const sectionsFrom = 1 + record.items.length
  return {
    ...record,
    intro: strip(record.intro, 0),
    items: record.items.map((item, index) =>
      touched(1 + index) ? stripItem(item, cut(item.body, 1 + index), boilerplate) : item,
    ),
    sections: record.sections.map((section, index) =>
      touched(sectionsFrom + index)
        ? { ...section, body: strip(section.body, sectionsFrom + index) }
        : section,
    ),
  }
}

function cutBlocksOf(markdown: string, paragraphs: readonly ParagraphKey[]) {
  const blocks = paragraphs.map((paragraph) => paragraph.block)
  if (blocks.some((block) => block === undefined)) return undefined
  return cutBlocks(markdown, new Set(blocks as string[]), paragraphs.length)
}

function stripItem(
  item: ArticleItem,
  cut: ReturnType<typeof cutBlocksOf>,
  boilerplate: ReadonlySet<string>,
): ArticleItem {
  if (cut && !cut.removed.some((block) => MAY_HOLD_MEDIA.test(block)))
    return { ...item, body: cut.markdown }
  const body = stripBoilerplate(item.body, boilerplate)
  if (body === item.body) return item
  const tree = parseRecordMarkdown(body)
  return { ...item, body, images: collectImages(tree.children), links: collectLinks(tree.children) }
}
