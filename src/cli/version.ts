import { readFileSync } from 'node:fs'

/** winnow's version, from its package.json (two folders up from `src/cli/` and `dist/cli/`). */
export function winnowVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  )
  return typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
    ? manifest.version
    : 'unknown'
}
