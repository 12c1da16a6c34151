/**
 * Inputs whose cost grows faster than their size in naive Markdown and HTML
 * processing: unmatched emphasis and bracket runs (micromark's attention and
 * label resolution), many comment blocks (comment scanning, positions per raw
 * block), deep nesting and long tag soups. `build(bytes)` gives about that
 * many bytes.
 */
export interface PathologicalShape {
  readonly name: string
  readonly build: (bytes: number) => string
}

const repeat = (unit: string, bytes: number, prefix = '') =>
  prefix + unit.repeat(Math.max(1, Math.floor((bytes - prefix.length) / unit.length)))

const frontMatter = '---\ntitle: Shape\n---\n\nSome text first.\n\n'

export const pathologicalShapes: readonly PathologicalShape[] = [
  { name: '*a run', build: (bytes) => repeat('*a', bytes, frontMatter) },
  { name: '_a run', build: (bytes) => repeat('_a', bytes, frontMatter) },
  { name: '**a** pairs', build: (bytes) => repeat('**a** ', bytes, frontMatter) },
  { name: '[a]( run', build: (bytes) => repeat('[a](', bytes, frontMatter) },
  { name: '[a run', build: (bytes) => repeat('[a', bytes, frontMatter) },
  { name: '![a]( run', build: (bytes) => repeat('![a](', bytes, frontMatter) },
  { name: '`a run', build: (bytes) => repeat('`a', bytes, frontMatter) },
  { name: '<!-- c --> blocks', build: (bytes) => repeat('<!-- c -->\n\n', bytes, frontMatter) },
  { name: '<!-- c unclosed', build: (bytes) => repeat('<!-- c ', bytes, frontMatter) },
  {
    name: 'raw html blocks',
    build: (bytes) =>
      repeat(
        '<div class="ad"><a href="https://x.example/"><img src="https://x.example/a.png">/a></div>\n\n',
        bytes,
        frontMatter,
      ),
  },
  {
    name: 'html <em> soup',
    build: (bytes) => repeat('<p><em>a</p>', bytes, '<!doctype html><html><body><article>'),
  },
  {
    name: 'html <a> unclosed',
    build: (bytes) =>
      repeat('<p><a href="/x">a</p>', bytes, '<!doctype html><html><body><article>'),
  },
  {
    name: 'html comments',
    build: (bytes) => repeat('<!-- c --><p>a</p>', bytes, '<!doctype html><html><body><article>'),
  },
  {
    name: 'paragraphs',
    build: (bytes) =>
      repeat('A sentence of ordinary article text, with words.\n\n', bytes, frontMatter),
  },
]
