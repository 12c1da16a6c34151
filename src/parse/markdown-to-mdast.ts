import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/** Parse Markdown (GFM) into mdast. Raw HTML stays as `html` nodes, one per Markdown block or inline run. */
export function markdownToMdast(markdown: string): Root {
  return processor.parse(markdown)
}
