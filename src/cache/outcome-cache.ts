import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { atomicWrite } from '../write/atomic-write.js'
import { readEntryFile } from './read-entry-file.js'

/** The cache folder, relative to the working folder. */
export const DEFAULT_CACHE_DIR = '.winnow-cache'

/** Bumped when the shape of a cache entry changes. */
const ENTRY_FORMAT = 2

/** The first line of every entry: `winnow-cache <format> <key> <sha256 of the rest>`. */
const HEADER = /^winnow-cache (\d+) ([0-9a-f]{64}) ([0-9a-f]{64})$/

/**
 * Largest cache entry read back, per byte of the largest input (`--max-bytes`):
 * a record holds the text a few times over (bodies, plain text, previews of
 * removals). A bigger entry is never read: it is a miss.
 */
export const ENTRY_BYTES_PER_INPUT_BYTE = 32

export interface CacheKeyParts {
  /** winnow's code fingerprint. */
  readonly code: string
  /** The options that change what a file becomes. */
  readonly settings: string
  /** The input's path (its name can become the title). */
  readonly path: string
  /** sha256 of the input's bytes. */
  readonly content: string
}

export function cacheKey(parts: CacheKeyParts): string {
  return sha256(
    JSON.stringify([ENTRY_FORMAT, parts.code, parts.settings, parts.path, parts.content]),
  )
}

/**
 * The name of an input's slot: one per input path and settings, so a run
 * with other settings (a `--dry-run --disable …`) never overwrites the
 * entries the usual settings use. Old slots go when the cache is pruned.
 */
export function slotName(parts: Pick<CacheKeyParts, 'settings' | 'path'>): string {
  return sha256(`${parts.settings}\0${parts.path}`)
}

/** Where a slot's entry lies: `DIR/<first two hex digits>/<name>.json`. */
export function slotFile(dir: string, name: string): string {
  return path.join(dir, name.slice(0, 2), `${name}.json`)
}

/**
 * Per-file results on disk, an accelerator only. Each input path has one
 * slot per settings, so the cache holds at most one entry per input and
 * settings, and a changed file overwrites its old entry. An entry is used only when its key (content
 * hash, code, settings, path) is the one asked for and its body matches the
 * checksum in its header. An entry that is missing, a link, a pipe, too
 * large, unreadable, damaged, or names another key is a miss: it is rebuilt,
 * never trusted. Entries are written to a temporary name and renamed, so a
 * run sharing the cache never reads half an entry. The caller validates the
 * value's shape.
 */
export interface OutcomeCache {
  /** Read synchronously: entries are small, and fs/promises' round trips cost more than the read. */
  readonly get: (parts: CacheKeyParts) => unknown
  readonly set: (parts: CacheKeyParts, value: unknown) => Promise<void>
}

export interface OutcomeCacheOptions {
  /** Largest entry read or written, in bytes. */
  readonly maxEntryBytes: number
}

/** Written into the cache folder, so that git never commits it. */
const GITIGNORE = '# winnow cache: safe to delete\n*\n'

/** Largest entry when the caller names no bound. */
const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024 * 1024

export function openOutcomeCache(
  dir: string,
  options: OutcomeCacheOptions = { maxEntryBytes: DEFAULT_MAX_ENTRY_BYTES },
): OutcomeCache {
  let marked: Promise<void> | undefined
  const slot = (parts: CacheKeyParts) => slotFile(dir, slotName(parts))
  const get = (parts: CacheKeyParts): unknown => {
    const bytes = readEntryFile(slot(parts), options.maxEntryBytes)
    if (!bytes) return undefined
    const newline = bytes.indexOf(0x0a)
    if (newline < 0) return undefined
    const header = HEADER.exec(bytes.subarray(0, newline).toString('latin1'))
    if (!header || Number(header[1]) !== ENTRY_FORMAT || header[2] !== cacheKey(parts))
      return undefined
    const body = bytes.subarray(newline + 1)
    if (createHash('sha256').update(body).digest('hex') !== header[3]) return undefined
    try {
      return JSON.parse(body.toString('utf8')) as unknown
    } catch {
      return undefined
    }
  }
  return {
    get,
    async set(parts, value) {
      const file = slot(parts)
      const body = JSON.stringify(value)
      const header = `winnow-cache ${ENTRY_FORMAT} ${cacheKey(parts)} ${sha256(body)}\n`
      if (Buffer.byteLength(header) + Buffer.byteLength(body) > options.maxEntryBytes)
        throw new Error('cache entry too large')
      await mkdir(path.dirname(file), { recursive: true })
      marked ??= writeFile(path.join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' }).catch(() => {
        // Already there (or not writable): the cache works without it.
      })
      await marked
      // Not flushed: an entry lost in a crash is a miss, never a wrong hit.
      await atomicWrite(file, header + body, { durable: false })
    },
  }
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}
