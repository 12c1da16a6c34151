/**
 * The file name of an image URL, to tell whether two URLs name one picture:
 * the last path segment without query or fragment, lowercased, with a
 * trailing size suffix (`-1024x768`, how CMSs name resized copies) taken off.
 */
export function imageFileName(url: string): string | undefined {
  const bare = url.trim().replace(/[?#].*$/, '')
  if (bare === '' || /^[a-z][a-z\d+.-]*:(?!\/\/)/i.test(bare)) return undefined
  const last = bare
    .split('/')
    .filter((part) => part !== '')
    .pop()
  if (!last) return undefined
  const name = last.toLowerCase()
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  return `${stem.replace(/[-_@]\d{1,5}x\d{0,5}$/, '')}${dot > 0 ? name.slice(dot) : ''}`
}
