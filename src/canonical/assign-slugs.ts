import slugify from '@sindresorhus/slugify'

/** Longest slug, in characters, before the collision suffix. */
export const MAX_SLUG_LENGTH = 80

/** Hex digits of the canonical member's SHA-256 in a fallback slug or a collision suffix. */
export const SLUG_HASH_LENGTH = 8

/** Names winnow itself writes into the output folder. */
const reserved = new Set(['report', 'review'])

/**
 * URL path segments that name a kind of page, not the page: never a slug.
 * Note: a segment is also passed over when it has no run of three letters
 * (`39926056`, `p`, `2024`).
 */
const genericSegments = new Set([
  'amp',
  'article',
  'articles',
  'blog',
  'content',
  'default',
  'entry',
  'html',
  'index',
  'news',
  'page',
  'post',
  'posts',
  'story',
  'view',
  'wiki',
])

/** What a group's slug is made of: its canonical member alone. */
export interface SlugSource {
  readonly title: string
  /** The canonical member's own address, when known. */
  readonly url?: string | undefined
  /** The canonical member's SHA-256 (hex). */
  readonly sha256: string
}

/**
 * ASCII slugs, one per group, that depend only on the group itself: the
 * title transliterated (`@sindresorhus/slugify`), else the last meaningful
 * segment of the canonical URL, else `article-` and a short hash of the
 * canonical member. Groups whose slugs collide each get `-` and that short
 * hash, never a counter, so adding, removing or reordering other inputs
 * renames nothing that does not collide. A slug is only `[a-z0-9-]`, so it
 * is never a path.
 */
export function assignSlugs(sources: readonly SlugSource[]): string[] {
  const bases = sources.map(baseSlug)
  const count = new Map<string, number>()
  for (const base of bases) count.set(base, (count.get(base) ?? 0) + 1)
  const slugs = bases.map((base, index) => {
    const hash = sources[index]?.sha256 ?? ''
    return (count.get(base) ?? 0) > 1 ? `${base}-${shortHash(hash)}` : base
  })
  // Two canonical members whose hashes share their first digits: longer suffixes.
  const seen = new Map<string, number>()
  return slugs.map((slug, index) => {
    const repeat = seen.get(slug) ?? 0
    seen.set(slug, repeat + 1)
    if (repeat === 0) return slug
    return `${bases[index]}-${(sources[index]?.sha256 ?? '').slice(0, SLUG_HASH_LENGTH + repeat)}`
  })
}

/** The slug of one group before collisions are settled. */
export function baseSlug(source: SlugSource): string {
  let base = toSlug(source.title) || urlSlug(source.url) || `article-${shortHash(source.sha256)}`
  if (reserved.has(base)) base = `${base}-article`
  return base
}

function shortHash(sha256: string): string {
  return sha256.slice(0, SLUG_HASH_LENGTH) || '0'.repeat(SLUG_HASH_LENGTH)
}

function toSlug(text: string): string {
  let slug = slugify(text, { lowercase: true, decamelize: false }).replace(/[^a-z0-9-]+/g, '')
  if (slug.length > MAX_SLUG_LENGTH)
    slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH)
  return slug.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '')
}

/** The last path segment of a URL that names the page, as a slug. */
function urlSlug(url: string | undefined): string {
  if (url === undefined) return ''
  let segments: string[]
  try {
    segments = new URL(url).pathname.split('/')
  } catch {
    return ''
  }
  for (const segment of segments.reverse()) {
    let text = segment.replace(/\.[a-z0-9]{1,5}$/i, '')
    try {
      text = decodeURIComponent(text)
    } catch {}
    const slug = toSlug(text)
    if (/[a-z]{3}/.test(slug) && !genericSegments.has(slug)) return slug
  }
  return ''
}
