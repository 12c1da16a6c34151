import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { collectImages, collectLinks } from '../structure/collect-media.js'
import type { ArticleRecord } from '../types.js'
import { stripBoilerplate } from './repeated-boilerplate.js'

/** A record with boilerplate paragraphs removed from its intro, items and sections. */
export function stripRecordBoilerplate(
  record: ArticleRecord,
  boilerplate: ReadonlySet<string>,
): ArticleRecord {
  if (!record.paragraphs.some((paragraph) => boilerplate.has(paragraph.key))) return record
  return {
    ...record,
    intro: stripBoilerplate(record.intro, boilerplate),
    items: record.items.map((item) => {
      const body = stripBoilerplate(item.body, boilerplate)
      if (body === item.body) return item
      const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
      return {
        ...item,
        body,
        images: collectImages(tree.children),
        links: collectLinks(tree.children),
      }
    }),
    sections: record.sections.map((section) => ({
      ...section,
      body: stripBoilerplate(section.body, boilerplate),
    })),
  }
}
