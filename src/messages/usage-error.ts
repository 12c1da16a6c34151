/** A mistake in how winnow was called (an option, a config file): the CLI exits 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
