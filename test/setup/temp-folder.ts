import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const

/**
 * vitest global setup: the test run gets a temp folder of its own (the
 * workers and every process they start inherit it), and at the end the run
 * fails if any entry is left in it that was not there before: tests remove
 * what they create. The folder goes either way, so `npm test` leaves nothing
 * behind in the machine's temp folder.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'winnow-test-run-'))
  const saved = VARIABLES.map((name) => [name, process.env[name]] as const)
  for (const name of VARIABLES) process.env[name] = folder
  const before = new Set(readdirSync(folder))
  return () => {
    const left = readdirSync(folder).filter((name) => !before.has(name))
    rmSync(folder, { recursive: true, force: true })
    for (const [name, value] of saved)
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    if (left.length === 0) return
    process.stderr.write(
      `\ntest run left ${left.length} new entries in the temp folder: ${left.sort().join(', ')}\n`,
    )
    // A throw here would only be logged: the exit code is how npm test fails.
    process.exitCode = 1
  }
}
