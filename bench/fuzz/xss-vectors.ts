import { readFileSync } from 'node:fs'
import path from 'node:path'

/** fixtures/hostile/xss-vectors.txt: one vector a line, `\n` for a line end. */
export const xssVectors: readonly string[] = readFileSync(
  path.join(import.meta.dirname, '../../fixtures/hostile/xss-vectors.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.replaceAll('\\n', '\n'))
