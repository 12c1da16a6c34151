import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runWinnow, type WinnowOptions } from '../../src/index.js'

/** Run winnow on a folder and return its outputs in memory (nothing written). */
export async function runToMemory(cwd: string, options: WinnowOptions = {}) {
  const out = mkdtempSync(path.join(tmpdir(), 'winnow-out-'))
  return runWinnow({ cwd, inputs: ['input'], out, ...options })
}
