import path from 'node:path'

/** The only names winnow writes or removes: `<slug>.json`, `<slug>.md` and the report. */
const OUTPUT_NAME = /^[a-z0-9][a-z0-9-]*\.(?:json|md)$/

export function isOutputName(name: string): boolean {
  return OUTPUT_NAME.test(name) && name === path.basename(name)
}

/** Throw for a name that is not a plain output file name of winnow's shape. */
export function assertOutputName(name: string): void {
  if (!isOutputName(name)) {
    throw new Error(`refusing to write '${name}': not an output file name of winnow's`)
  }
}
