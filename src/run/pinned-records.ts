import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleRecord } from '../types.js'
import { createSpillFolder, removeSpillFolder } from './spill-folder.js'

/**
 * The canonical records of a run that reads them from a shared cache, copied
 * into a folder of the run's own when they are checked: another run may
 * rewrite the cache before this one writes its output, and each record is
 * loaded back only when its group is written.
 */
export interface PinnedRecords {
  readonly pin: (inputPath: string, record: ArticleRecord) => void
  readonly load: (inputPath: string) => ArticleRecord | undefined
  readonly close: () => Promise<void>
}

export function pinRecords(): PinnedRecords {
  let folder: string | undefined
  const file = (inputPath: string) =>
    path.join(folder ?? '', `${createHash('sha256').update(inputPath).digest('hex')}.json`)
  return {
    pin(inputPath, record) {
      folder ??= createSpillFolder()
      writeFileSync(file(inputPath), JSON.stringify(record))
    },
    load(inputPath) {
      if (folder === undefined) return undefined
      try {
        return JSON.parse(readFileSync(file(inputPath), 'utf8')) as ArticleRecord
      } catch {
        return undefined
      }
    },
    async close() {
      if (folder !== undefined) await removeSpillFolder(folder)
      folder = undefined
    },
  }
}
