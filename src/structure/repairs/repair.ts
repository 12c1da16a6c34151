import type { Nodes, Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { MESSAGE_SOURCE, previewMdast } from '../../messages/report-removal.js'
import type { RuleDefinition } from '../../types/rule-definition.js'

/** What the repair runner calls with the article's Markdown tree. */
export type RepairRun = (tree: Root, context: RepairContext) => void

/** One text repair on the Markdown tree: a rule; the runner skips it when it is off. */
export interface TextRepair extends RuleDefinition<RepairRun> {
  readonly stage: 'structure'
  readonly run: RepairRun
}

export interface RepairContext {
  /** The article's language (BCP 47), when known: some typography depends on it. */
  readonly lang?: string | undefined
  /** Report one repair as an `info` message. */
  readonly report: (ruleId: string, reason: string, node: Nodes, place?: Position) => void
}

export function createRepairContext(file: VFile, lang: string | undefined): RepairContext {
  return {
    lang,
    report(ruleId, reason, node, place) {
      const where = place ?? node.position
      const message = file.info(reason, {
        ruleId,
        source: MESSAGE_SOURCE,
        ...(where ? { place: where } : {}),
      })
      message.actual = previewMdast(node)
    },
  }
}

/** Scripts that put spaces between words: glue between a word and an emphasis run is only an artifact there. */
export const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u
