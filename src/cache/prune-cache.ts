import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from '../write/atomic-write.js'

/** Runs an entry may go unused before a run removes it (`--cache-max-runs`). */
export const DEFAULT_CACHE_MAX_RUNS = 10

/** Size of the cache above which a run removes unused entries, oldest first (`--cache-max-size`). */
export const DEFAULT_CACHE_MAX_BYTES = 256 * 1024 * 1024

/** In the cache folder: the run counter and the run that last used each slot. */
export const LAST_SEEN_FILE = '.last-seen'

/** A slot's entry file: two hex digits, then the 64-digit slot name. */
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/

export interface PruneCacheOptions {
  /** Slots this run used: never removed. */
  readonly seen: ReadonlySet<string>
  /** Remove an unused entry once this many runs went by without it. */
  readonly maxRuns: number
  /** Then remove unused entries, least recently used first, while the cache is larger. */
  readonly maxBytes: number
}

export interface PruneResult {
  readonly removed: number
  readonly removedBytes: number
  readonly keptBytes: number
}

interface LastSeen {
  readonly run: number
  readonly slots: Record<string, number>
}

/**
 * Count this run, mark the slots it used, and remove entries of inputs (or
 * settings) it did not use once they are `maxRuns` runs old, or while the
 * cache is over `maxBytes`. An entry first found here counts from this run.
 * Runs that share the cache may lose each other's marks: an entry then goes
 * early, which costs a reprocess, never a wrong result.
 */
export async function pruneCache(dir: string, options: PruneCacheOptions): Promise<PruneResult> {
  const before = await readLastSeen(dir)
  const run = before.run + 1
  const entries = await listEntries(dir)
  const slots: Record<string, number> = {}
  for (const entry of entries)
    slots[entry.slot] = options.seen.has(entry.slot) ? run : (before.slots[entry.slot] ?? run)
  const unused = entries
    .filter((entry) => !options.seen.has(entry.slot))
    .sort((a, b) => (slots[a.slot] ?? run) - (slots[b.slot] ?? run))
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0)
  let removed = 0
  let removedBytes = 0
  for (const entry of unused) {
    const old = run - (slots[entry.slot] ?? run) >= options.maxRuns
    if (!old && total <= options.maxBytes) continue
    await rm(entry.file, { force: true })
    delete slots[entry.slot]
    total -= entry.bytes
    removed++
    removedBytes += entry.bytes
  }
  await atomicWrite(path.join(dir, LAST_SEEN_FILE), `${JSON.stringify({ run, slots })}\n`, {
    durable: false,
  }).catch(() => {
    // A cache that cannot be written is only slower: the next run counts from there.
  })
  return { removed, removedBytes, keptBytes: total }
}

async function readLastSeen(dir: string): Promise<LastSeen> {
  try {
    const value: unknown = JSON.parse(await readFile(path.join(dir, LAST_SEEN_FILE), 'utf8'))
    if (
      typeof value === 'object' &&
      value !== null &&
      'run' in value &&
      typeof value.run === 'number' &&
      'slots' in value &&
      typeof value.slots === 'object' &&
      value.slots !== null
    )
      return { run: value.run, slots: value.slots as Record<string, number> }
  } catch {
    // Missing or damaged: start counting again.
  }
  return { run: 0, slots: {} }
}

interface Entry {
  readonly slot: string
  readonly file: string
  readonly bytes: number
}

async function listEntries(dir: string): Promise<Entry[]> {
  const entries: Entry[] = []
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const folder of folders) {
    if (!folder.isDirectory() || !/^[0-9a-f]{2}$/.test(folder.name)) continue
    const names = await readdir(path.join(dir, folder.name)).catch(() => [] as string[])
    for (const name of names) {
      if (!ENTRY_NAME.test(name)) continue
      const file = path.join(dir, folder.name, name)
      const info = await stat(file).catch(() => undefined)
      if (info?.isFile())
        entries.push({ slot: name.slice(0, -'.json'.length), file, bytes: info.size })
    }
  }
  return entries
}
