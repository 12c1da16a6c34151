import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

/**
 * Compare `actual` with an expected file. A missing expected file fails the
 * test; it is written only when UPDATE_FIXTURES=1 is set outside CI, so a
 * baseline is never created silently.
 */
export function expectFile(path: string, actual: string): void {
  const update = process.env.UPDATE_FIXTURES === '1' && !process.env.CI
  if (update) {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) {
    throw new Error(
      `Missing expected file ${path}: review the output and create it with UPDATE_FIXTURES=1 (never in CI)`,
    )
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
