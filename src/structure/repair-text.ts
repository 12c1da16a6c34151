import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { captionCredits } from './repairs/caption-credits.js'
import { editLinks } from './repairs/edit-links.js'
import { emphasisEdges } from './repairs/emphasis-edges.js'
import { gluedEmphasis } from './repairs/glued-emphasis.js'
import { createRepairContext, type TextRepair } from './repairs/repair.js'
import { spaceBeforePunctuation } from './repairs/space-before-punctuation.js'
import { tableCellBreaks } from './repairs/table-cell-breaks.js'

/**
 * The text repairs, in order. They work on the Markdown tree, so code,
 * URLs and inline HTML are never touched: only `text` nodes and the
 * placement of emphasis, links and breaks change. Edge spaces move out of
 * emphasis first, so that glue is judged on the runs as they will be
 * written.
 */
export const textRepairs: readonly TextRepair[] = [
  editLinks,
  tableCellBreaks,
  emphasisEdges,
  gluedEmphasis,
  spaceBeforePunctuation,
  captionCredits,
]

export interface RepairTextOptions {
  readonly disabled: ReadonlySet<string>
  /** The article's language (BCP 47), when known. */
  readonly lang?: string | undefined
}

/** Run every text repair not turned off; each repair is an `info` message on `file`. */
export function repairText(tree: Root, file: VFile, options: RepairTextOptions): void {
  const context = createRepairContext(file, options.lang)
  for (const repair of textRepairs) if (!options.disabled.has(repair.id)) repair.run(tree, context)
}
