import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type RunResult, runWinnow, type WinnowOptions } from '../../../src/index.js'
import type { ReportInput } from '../../../src/write/run-report.js'

export const root = path.join(import.meta.dirname, '../../..')
export const bin = path.join(root, 'bin/winnow.js')

const created: string[] = []

/** A temporary folder with `input/<name>` for each entry; removed by `removeWorkspaces`. */
export function workspace(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-hostile-'))
  created.push(dir)
  mkdirSync(path.join(dir, 'input'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, 'input', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return dir
}

export function removeWorkspaces(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Run the library in this thread on `cwd/input`, output in `cwd/out` (nothing written). */
export function run(cwd: string, options: WinnowOptions = {}): Promise<RunResult> {
  return runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out'), jobs: 1, ...options })
}

/** The report entry of one input, by its path relative to the workspace. */
export function entry(result: RunResult, file: string): ReportInput {
  const found = result.report.inputs.find((input) => input.path === file)
  if (!found) throw new Error(`${file} is not in the report`)
  return found
}

/** Run the built CLI (`node bin/winnow.js`, which loads dist/) in `cwd`. */
export function cli(cwd: string, args: readonly string[], options: { timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

export const goodArticle = `---
title: A good article
---

# A good article

This article is fine: it has enough words to be an article, and the batch
must go on to process it whatever its neighbours hold.
`

export const isRoot = process.getuid?.() === 0
