import slugify from '@sindresorhus/slugify'

/** Longest slug, in characters, before the collision suffix. */
export const MAX_SLUG_LENGTH = 80

/** Names winnow itself writes into the output folder. */
const reserved = new Set(['report', 'review'])

/**
 * ASCII slugs from titles, unique within the run: a repeat gets `-2`, `-3`, …
 * in the order given. A slug is only `[a-z0-9-]`, so it is never a path.
 */
export function assignSlugs(titles: readonly string[]): string[] {
  const used = new Set<string>()
  return titles.map((title) => {
    let base = slugify(title, { lowercase: true, decamelize: false }).replace(/[^a-z0-9-]+/g, '')
    if (base.length > MAX_SLUG_LENGTH)
      base = base.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || base.slice(0, MAX_SLUG_LENGTH)
    base = base.replace(/^-+|-+$/g, '') || 'article'
    if (reserved.has(base)) base = `${base}-article`
    let slug = base
    for (let suffix = 2; used.has(slug); suffix++) slug = `${base}-${suffix}`
    used.add(slug)
    return slug
  })
}
