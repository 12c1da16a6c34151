/**
 * An input that cannot be processed. `status` says whether the batch counts it
 * as skipped (expected, harmless: empty, binary, too large) or as an error.
 */
export class InputError extends Error {
  readonly status: 'skipped' | 'error'

  constructor(reason: string, options: { readonly status: 'skipped' | 'error' }) {
    super(reason)
    this.name = 'InputError'
    this.status = options.status
  }
}
