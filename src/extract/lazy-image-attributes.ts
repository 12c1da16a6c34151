/**
 * Where lazy-loading scripts keep an image's real address. The policy is data:
 * `resolve-lazy-images.ts` reads it.
 */

/** Attributes holding one URL, most specific first. */
export const LAZY_SRC_ATTRIBUTES: readonly string[] = [
  'dataSrc',
  'dataLazySrc',
  'dataOriginal',
  'dataLazy',
  'dataOriginalSrc',
  'dataHiResSrc',
  'dataFullSrc',
  'dataUrl',
  // Note: WordPress's Jetpack and a3 Lazy Load keep the full-size file here.
  'dataOrigFile',
]

/** Attributes holding a `srcset` list; the largest candidate is taken. */
export const LAZY_SRCSET_ATTRIBUTES: readonly string[] = [
  'dataSrcset',
  'dataLazySrcset',
  'dataOriginalSet',
  'srcSet',
]

/**
 * A `src` that only holds the place of the real image: file names used by
 * lazy loaders for blank, spacer and loading images.
 */
export const PLACEHOLDER_SRC =
  /(?:^|[/_.-])(?:blank|spacer|placeholder|transparent|pixel|lazy|lazyload|loading|loader|grey|gray|empty|1x1)(?:[-_.]\w*)*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i

/** The URL schemes an output image may have (others are placeholders here and dropped by the sanitizer). */
export const IMAGE_URL = /^(?:https?:)?\/\/|^\/(?!\/)|^(?![a-z][a-z\d+.-]*:)[^\s]/i
