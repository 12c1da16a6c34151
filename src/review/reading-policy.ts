/**
 * How the review's reading view shows an HTML source: which elements keep
 * their block structure, which are inline, which a reader never sees.
 * Everything else is shown as its children alone. No attribute of the source
 * is copied, except a link's `http(s):` address and an image's address as data.
 */

/** Shown as the same element, with no attributes. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
])

/**
 * Shown as a `<div>` with this class. Note: table parts become divs styled as
 * a table, because a highlight wrapped around a `<tr>` would be moved out of
 * a real table by the HTML parser.
 */
export const BOX_TAGS: Readonly<Record<string, string>> = {
  address: 'box',
  article: 'box',
  aside: 'box',
  details: 'box',
  div: 'box',
  footer: 'box',
  form: 'box',
  header: 'box',
  main: 'box',
  nav: 'box',
  section: 'box',
  summary: 'box',
  table: 'table',
  caption: 'box',
  thead: 'rows',
  tbody: 'rows',
  tfoot: 'rows',
  tr: 'tr',
  td: 'td',
  th: 'td th',
}

/** Shown as the same element, with no attributes. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'b',
  'code',
  'em',
  'i',
  'kbd',
  'q',
  's',
  'small',
  'strong',
  'sub',
  'sup',
  'u',
])

/**
 * Never seen by a reader: not shown, unless a removal covers them, when a
 * `[tag]` placeholder shows where the removed element was.
 */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'base',
  'head',
  'link',
  'meta',
  'noscript',
  'script',
  'style',
  'svg',
  'template',
  'title',
])

/** Shown as a `[tag: address]` placeholder: embedded content the review never loads. */
export const EMBED_TAGS: ReadonlySet<string> = new Set([
  'audio',
  'embed',
  'iframe',
  'object',
  'video',
])
