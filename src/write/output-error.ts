/**
 * Why the output folder could not be used, as the CLI maps it to an exit
 * code (sysexits): `cannot-create` (73) when the folder is not a folder or
 * cannot be written, `io` (74) when writing failed midway (a full disk, a
 * read-only remount), `busy` (75) when another run holds the folder.
 */
export type OutputErrorKind = 'cannot-create' | 'io' | 'busy'

/** A fault of the output folder, with a one-line message naming it. */
export class OutputError extends Error {
  override readonly name = 'OutputError'
  readonly kind: OutputErrorKind

  constructor(kind: OutputErrorKind, message: string) {
    super(message)
    this.kind = kind
  }
}

/** `error.code` of a Node system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

/** A short description of a system error: its code and message, without a stack. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
