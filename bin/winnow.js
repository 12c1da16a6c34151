#!/usr/bin/env node
import { main } from '../dist/cli/main.js'

/**
 * A closed stdout (`winnow explain input | head`) is not an error: what is
 * left to print is dropped, and the command ends as it would have.
 */
const closed = { stdout: false, stderr: false }
for (const name of /** @type {const} */ (['stdout', 'stderr']))
  process[name].on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    closed[name] = true
  })

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => {
    if (!closed.stdout) process.stdout.write(text)
  },
  stderr: (text) => {
    if (!closed.stderr) process.stderr.write(text)
  },
}).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    if (!closed.stderr)
      process.stderr.write(
        `winnow: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`,
      )
    process.exitCode = 70
  },
)
