declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, then the `<meta>` prescan, then the default. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string
}

declare module 'whatwg-encoding' {
  /** Whether the Encoding Standard name can be decoded. */
  export function isSupported(name: string): boolean
  /** Decode by the Encoding Standard (a BOM wins over `fallbackEncodingName`). */
  export function decode(bytes: Uint8Array, fallbackEncodingName: string): string
}
