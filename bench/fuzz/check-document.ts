/**
 * Run one document through winnow as a user would (the library, one file,
 * nothing written) and judge the result: a crash (an unexpected exception,
 * in the run or as the file's error), or an output that a CommonMark
 * renderer passing raw HTML would turn into script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runWinnow } from '../../src/index.js'
import { executableInMarkdown } from '../../test/hostile/helpers/executable-markup.js'

export interface Verdict {
  readonly crash?: string
  readonly unsafe: readonly string[]
  /** Wall-clock seconds winnow's run took (the judging after it not counted). */
  readonly seconds: number
}

/** Fields of an article JSON that hold Markdown. */
const markdownFields = new Set(['intro', 'body'])

export async function checkDocument(text: string, name: string): Promise<Verdict> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-fuzz-'))
  try {
    mkdirSync(path.join(cwd, 'input'))
    writeFileSync(path.join(cwd, 'input', name), text)
    const started = performance.now()
    const result = await runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out'), jobs: 1 })
    const seconds = (performance.now() - started) / 1000
    const crashed = result.report.inputs.find(
      (input) => input.status === 'error' && /^could not process/.test(input.reason ?? ''),
    )
    const unsafe: string[] = []
    for (const [file, output] of result.outputs) {
      const dangerousProtocols = file.endsWith('.md')
      for (const item of executableInMarkdown(output, { dangerousProtocols }))
        unsafe.push(`${file}: ${item}`)
      if (!file.endsWith('.json')) continue
      for (const [key, value] of strings(JSON.parse(output)))
        for (const item of executableInMarkdown(value, {
          dangerousProtocols: markdownFields.has(key),
        }))
          unsafe.push(`${file} ${key}: ${item}`)
    }
    return { ...(crashed ? { crash: crashed.reason ?? 'error' } : {}), unsafe, seconds }
  } catch (error) {
    return {
      crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      unsafe: [],
      seconds: 0,
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
}

function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value]
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key)
  else if (value && typeof value === 'object')
    for (const [name, item] of Object.entries(value)) yield* strings(item, name)
}
