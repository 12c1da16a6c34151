/**
 * Images are matched between extractors by file name: the last path segment
 * of the URL, without query or fragment, lowercased, with a trailing size
 * suffix (`-1024x768`, as WordPress and most CMSs name resized copies) taken
 * off, so that two sizes of one picture count as the same image.
 */
export function imageName(url: string): string | undefined {
  const trimmed = url.trim()
  if (trimmed === '' || /^(data|blob|about|javascript):/i.test(trimmed)) return undefined
  const bare = trimmed.replace(/[?#].*$/, '')
  const last = bare
    .split('/')
    .filter((part) => part !== '')
    .pop()
  if (!last) return undefined
  let name = last
  try {
    name = decodeURIComponent(last)
  } catch {
    // Note: a malformed escape is kept as written.
  }
  name = name.toLowerCase()
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  const extension = dot > 0 ? name.slice(dot) : ''
  return `${stem.replace(/[-_@]\d{1,5}x\d{0,5}$/, '')}${extension}`
}

/** The distinct file names of image URLs. */
export function imageNames(urls: Iterable<string>): Set<string> {
  const names = new Set<string>()
  for (const url of urls) {
    const name = imageName(url)
    if (name) names.add(name)
  }
  return names
}
