import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll } from 'vitest'

/**
 * vitest setup file: each test file gets a temp folder of its own inside the
 * run's (see temp-folder.ts), removed when the file is done, so a test that
 * forgets a temporary folder, or a process it started, leaves nothing behind.
 * Set before the test file is imported: `tmpdir()` at its top level sees it.
 */
const RUN_FOLDER = process.env.TMPDIR ?? ''
const folder = mkdtempSync(path.join(RUN_FOLDER, 'file-'))
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = folder

afterAll(() => {
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = RUN_FOLDER
  rmSync(folder, { recursive: true, force: true })
})
