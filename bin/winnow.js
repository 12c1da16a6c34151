#!/usr/bin/env node
import { main } from '../dist/cli/main.js'

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(
      `winnow: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`,
    )
    process.exitCode = 70
  },
)
