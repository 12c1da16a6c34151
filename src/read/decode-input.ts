import { decodeDeclared } from './declared-encoding.js'
import { InputError } from './input-error.js'

export interface DecodeOptions {
  /** Inputs larger than this are skipped with a reason. */
  readonly maxBytes: number
}

/** Default for `maxBytes`: 8 MiB, several times the largest article seen in scraped folders. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024

/** The reason an input over `maxBytes` is skipped. */
export function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(
    `file is ${size} bytes, over the limit of ${maxBytes} bytes (raise --max-bytes to process it)`,
    { status: 'skipped' },
  )
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Turn the bytes of one input into text: refuse empty, binary and oversized
 * input with a reason; read UTF-16 by its byte order mark; read UTF-8 (a BOM
 * dropped), or, when the bytes are not UTF-8, the encoding the page declares
 * (`<meta charset>`: windows-1252, Shift_JIS, …); refuse anything else with
 * the first bad byte; turn CRLF and CR into LF.
 */
export function decodeInput(bytes: Uint8Array, options: DecodeOptions): string {
  if (bytes.byteLength > options.maxBytes) throw tooLarge(bytes.byteLength, options.maxBytes)
  if (bytes.byteLength === 0) {
    throw new InputError('empty file', { status: 'skipped' })
  }
  const text = (utf16(bytes) ?? utf8OrDeclared(bytes)).replace(/\r\n?/g, '\n')
  if (text.trim() === '') {
    throw new InputError('file has only white space', { status: 'skipped' })
  }
  return text
}

/** UTF-16 text by its byte order mark, or `undefined` without one. */
function utf16(bytes: Uint8Array): string | undefined {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe
  if (!little && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined
  try {
    return new TextDecoder(little ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes)
  } catch {
    throw new InputError(
      `invalid UTF-16 text (byte order mark ${little ? 'FF FE' : 'FE FF'}): convert the file to UTF-8`,
      { status: 'error' },
    )
  }
}

/** UTF-8, else the encoding the page declares; a NUL byte means a binary file. */
function utf8OrDeclared(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError(`binary file: NUL byte at offset ${nul}`, { status: 'skipped' })
  }
  try {
    return decoder.decode(bytes)
  } catch {
    // Not UTF-8: the page may say what it is.
  }
  const declared = decodeDeclared(bytes)
  if (declared?.text !== undefined) return declared.text
  throw new InputError(
    `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}${declared ? ` (declared ${declared.encoding}, which cannot be decoded)` : ''}: convert the file to UTF-8`,
    { status: 'error' },
  )
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
  return sequenceStart(bytes, low)
}

/** Where the character that `failing` broke began: a lead byte whose sequence is cut short. */
function sequenceStart(bytes: Uint8Array, failing: number): number {
  for (let back = 1; back <= 3 && failing - back >= 0; back++) {
    const byte = bytes[failing - back] ?? 0
    if ((byte & 0xc0) === 0x80) continue
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back ? failing - back : failing
  }
  return failing
}
