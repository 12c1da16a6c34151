import { InputError } from './input-error.js'

export interface DecodeOptions {
  /** Inputs larger than this are skipped with a reason. */
  readonly maxBytes: number
}

/** Default for `maxBytes`: 8 MiB, several times the largest article seen in scraped folders. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Turn the bytes of one input into text: refuse empty, binary, oversized and
 * invalid UTF-8 input with a reason; drop a BOM; turn CRLF and CR into LF.
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions): string {
  if (bytes.byteLength > options.maxBytes) {
    throw new InputError(
      `file is ${bytes.byteLength} bytes, over the limit of ${options.maxBytes} bytes (raise --max-bytes to process it)`,
      { status: 'skipped' },
    )
  }
  if (bytes.byteLength === 0) {
    throw new InputError('empty file', { status: 'skipped' })
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError(`binary file: NUL byte at offset ${nul}`, { status: 'skipped' })
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new InputError(
      `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}: convert the file to UTF-8`,
      { status: 'error' },
    )
  }
  text = text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') {
    throw new InputError('file has only white space', { status: 'skipped' })
  }
  return text
}

/** Offset of the first byte where UTF-8 decoding fails, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.byteLength
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const middle = (low + high) >>> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), {
        stream: true,
      })
      low = middle + 1
    } catch {
      high = middle
    }
  }
  return low
}
