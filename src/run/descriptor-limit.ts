import { readFileSync } from 'node:fs'

/** Assumed when the limit cannot be read (not Linux): the usual soft limit. */
export const DEFAULT_DESCRIPTOR_LIMIT = 1024

let cached: number | undefined

/**
 * The soft limit on open file descriptors of this process (`ulimit -n`),
 * read from `/proc/self/limits`. Node has no call for `getrlimit`.
 */
export function descriptorLimit(): number {
  if (cached !== undefined) return cached
  cached = DEFAULT_DESCRIPTOR_LIMIT
  try {
    const line = /^Max open files\s+(\d+|unlimited)/m.exec(
      readFileSync('/proc/self/limits', 'utf8'),
    )
    if (line?.[1]) cached = line[1] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(line[1])
  } catch {
    // Not Linux: keep the default.
  }
  return cached
}

/**
 * Descriptors the main thread keeps for itself (Node's own: stdio, the event
 * loop, the inspector and thread-pool pipes, libraries) before any file is
 * opened for the run.
 */
export const RESERVED_DESCRIPTORS = 32

/** Each file written at once holds about this many descriptors (the file, a folder sync). */
const DESCRIPTORS_PER_WRITE = 2

/** How many files to write at once under the descriptor limit: at most `wanted`, at least 1. */
export function writesInFlight(wanted: number): number {
  const room = Math.floor((descriptorLimit() - RESERVED_DESCRIPTORS) / DESCRIPTORS_PER_WRITE / 2)
  return Math.max(1, Math.min(wanted, room))
}
