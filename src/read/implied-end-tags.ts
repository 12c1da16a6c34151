/**
 * The few HTML tree-construction rules that keep unclosed tags from nesting,
 * so that a nesting estimate does not count every `<p>` or `<li>` that was
 * never closed. An approximation of the HTML standard, for measuring depth.
 */

/** Elements that never have content. */
export const voidElements: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Elements in which `/>` closes a tag (SVG and MathML); elsewhere it is ignored. */
export const foreignRoots: ReadonlySet<string> = new Set(['svg', 'math'])

export interface ImpliedEnd {
  /** Open elements this start tag closes (with everything opened inside them). */
  readonly closes: ReadonlySet<string>
  /** The search for them stops at these; `top` looks at the current element only. */
  readonly boundary: ReadonlySet<string> | 'top'
}

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
const paragraphScope = new Set([
  'applet',
  'button',
  'caption',
  'html',
  'marquee',
  'object',
  'table',
  'td',
  'template',
  'th',
])
const closesP: ImpliedEnd = { closes: new Set(['p']), boundary: paragraphScope }
const blockStarts = [
  ...['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir'],
  ...['div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup'],
  ...['hr', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search'],
  ...['section', 'summary', 'table', 'ul', 'xmp', ...headings],
]

const rules = new Map<string, readonly ImpliedEnd[]>()
for (const name of blockStarts) rules.set(name, [closesP])
for (const name of headings)
  rules.set(name, [closesP, { closes: new Set(headings), boundary: 'top' }])
const add = (names: readonly string[], rule: ImpliedEnd) => {
  for (const name of names) rules.set(name, [...(rules.get(name) ?? []), rule])
}
add(['li'], { closes: new Set(['li']), boundary: new Set(['ul', 'ol', 'menu']) })
add(['dt', 'dd'], { closes: new Set(['dt', 'dd']), boundary: new Set(['dl']) })
add(['option'], { closes: new Set(['option']), boundary: 'top' })
add(['optgroup'], { closes: new Set(['option', 'optgroup']), boundary: new Set(['select']) })
add(['td', 'th'], { closes: new Set(['td', 'th']), boundary: new Set(['tr', 'table']) })
add(['tr'], { closes: new Set(['tr', 'td', 'th']), boundary: new Set(['table']) })
add(['tbody', 'thead', 'tfoot'], {
  closes: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']),
  boundary: new Set(['table']),
})
add(['rb', 'rtc', 'rt', 'rp'], {
  closes: new Set(['rb', 'rt', 'rtc', 'rp']),
  boundary: new Set(['ruby']),
})
// An `<a>` inside an open `<a>`, a `<button>` in a `<button>`: the first one closes.
add(['a'], { closes: new Set(['a']), boundary: new Set(['table', 'td', 'th']) })
add(['button'], { closes: new Set(['button']), boundary: new Set(['table', 'td', 'th']) })
add(['nobr'], { closes: new Set(['nobr']), boundary: new Set(['table', 'td', 'th']) })

/** The implied ends a start tag triggers, in order. */
export function impliedEnds(name: string): readonly ImpliedEnd[] {
  return rules.get(name) ?? []
}

/** Where an implied end truncates the stack of open elements, or -1 if it closes nothing. */
export function impliedEndIndex(stack: readonly string[], rule: ImpliedEnd): number {
  if (rule.boundary === 'top') {
    const top = stack.length - 1
    return top >= 0 && rule.closes.has(stack[top] ?? '') ? top : -1
  }
  for (let index = stack.length - 1; index >= 0; index--) {
    const name = stack[index] ?? ''
    if (rule.closes.has(name)) return index
    if (rule.boundary.has(name)) return -1
  }
  return -1
}
