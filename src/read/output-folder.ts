import { realpathSync } from 'node:fs'
import path from 'node:path'
import { isInside } from './find-inputs.js'

/**
 * The input whose folder holds the output folder (or is it), if any: winnow
 * would read its own output. Paths are compared as written and with symbolic
 * links resolved, so a link into an input folder is caught too.
 */
export function inputHoldingOutput(parts: {
  readonly inputs: readonly string[]
  readonly out: string
  readonly cwd: string
}): string | undefined {
  const outs = [parts.out, realPath(parts.out)]
  for (const input of parts.inputs) {
    const folder = path.resolve(parts.cwd, input)
    const folders = [folder, realPath(folder)]
    if (outs.some((out) => folders.some((candidate) => isInside(out, candidate)))) return input
  }
  return undefined
}

/** The real path of a file or folder that may not exist yet: its nearest existing ancestor's, resolved. */
function realPath(target: string): string {
  let existing = target
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...rest.reverse())
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return target
      rest.push(path.basename(existing))
      existing = parent
    }
  }
}
