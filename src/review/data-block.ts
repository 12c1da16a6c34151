import { deflateRawSync, inflateRawSync } from 'node:zlib'

/**
 * The page's data: JSON, deflated (raw deflate, which the browser's
 * `DecompressionStream('deflate-raw')` reads) and base64-encoded, so that it
 * sits in an inert `<script type="application/octet-stream">` block with no
 * character that could end the block, and a review of a thousand groups stays
 * a few megabytes.
 */
export function encodeDataBlock(value: unknown): string {
  return deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64')
}

/** The value a block holds (for tests and tools; the page decodes in the browser). */
export function decodeDataBlock(block: string): unknown {
  return JSON.parse(inflateRawSync(Buffer.from(block, 'base64')).toString('utf8'))
}

/** The type of a data block's `<script>` element. */
export const DATA_BLOCK_TYPE = 'application/octet-stream'
