import { readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/index.js'
import { runToMemory } from '../helpers/run-to-memory.js'
import { nestedDocument, numRuns } from './helpers/fragments.js'
import { removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const root = path.join(import.meta.dirname, '../..')

/**
 * The Markdown files of a run, sorted, without the front matter's `sources`
 * (paths of the inputs). File names are left aside: a title with no letters
 * gets a slug from a hash of its input's bytes, which re-cleaning changes.
 */
function markdownFiles(result: RunResult): string[] {
  const files: string[] = []
  for (const [name, text] of result.outputs)
    if (name.endsWith('.md')) files.push(text.replace(/^sources:\n(?: {2}- .*\n)+/m, ''))
  return files.sort()
}

/** Clean the Markdown outputs of a run again, each file under its own name. */
async function reclean(result: RunResult): Promise<RunResult> {
  const files: Record<string, string> = {}
  for (const [name, text] of result.outputs) if (name.endsWith('.md')) files[name] = text
  return run(workspace(files))
}

describe('re-cleaning winnow’s own Markdown is byte-identical after one pass', () => {
  const folders = [
    '.',
    ...readdirSync(path.join(root, 'fixtures/e2e')).map((name) => `fixtures/e2e/${name}`),
  ]
  for (const folder of folders) {
    it(folder, async () => {
      const first = await runToMemory(path.join(root, folder), { jobs: 1 })
      const second = await reclean(first)
      expect(markdownFiles(second)).toEqual(markdownFiles(first))
      for (const input of second.report.inputs)
        expect(input.removed, `${input.path} had removals`).toBeUndefined()
    })
  }

  it('holds for random documents with injection vectors, markup shown as text and blocks nested in inline tags (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(nestedDocument, async (text) => {
        const cwd = workspace({ [`doc.${text.startsWith('<!') ? 'html' : 'md'}`]: text })
        const first = await run(cwd)
        if (first.articles.length === 0) return
        const second = await reclean(first)
        expect(markdownFiles(second)).toEqual(markdownFiles(first))
      }),
      { numRuns: numRuns(40) },
    )
  }, 120_000)
})

/** Clean one Markdown document, then its output again; both Markdown texts. */
async function twice(markdown: string): Promise<[string, string]> {
  const first = await run(workspace({ 'doc.md': markdown }))
  const second = await reclean(first)
  const [a = '', b = ''] = [markdownFiles(first)[0], markdownFiles(second)[0]]
  return [a, b]
}

describe('shapes the property found: the first pass writes what the second reads', () => {
  it('a list item split around a code block HTML nested in emphasis is as loose as it reads back', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\n- Item text.\n<em><table><tr><td><pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre>More text.</td></tr></table></em>\n![An image](https://img.example.com/a.jpg)\n',
    )
    expect(first).toContain('<script>alert(1)</script>')
    expect(second).toBe(first)
  })

  it('code keeps a closing-tag fragment and an ad shortcode as written', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\nSome prose before the sample.\n\n```\n<a href="https://ok.example/">fine/a>\n[ad]\n```\n',
    )
    expect(first).toContain('fine/a>\n[ad]')
    expect(second).toBe(first)
  })

  it('a link-list label is found across the empty paragraph HTML leaves after a split', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\nBody text of the article.\n\n<xmp>x</xmp>**Also read**\n\n- [Other story](https://news.example.org/1)\n- [Another story](https://news.example.org/2)\n',
    )
    expect(first).not.toContain('Also read')
    expect(first).not.toContain('Other story')
    expect(second).toBe(first)
  })

  it('a bare URL linked on the first pass has its URL written as every link’s', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\n<p>Text</p>![Alt text.](https://img.example.com/a.jpg)[markdown link](https://ok.example/)\n',
    )
    expect(first).toContain('%5Bmarkdown')
    expect(second).toBe(first)
  })

  it('a link-list label that HTML put inside a reopened <em> is judged beside its list', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\n<p><em>Body text of the article.</p>\n<pre><code>x = 1\n</code></pre>\n<p>More body text.</p>**Also read**\n\n- [Other story](https://news.example.org/1)\n- [Another story](https://news.example.org/2)\n',
    )
    expect(first).toContain('More body text.')
    expect(first).not.toContain('Other story')
    expect(second).toBe(first)
  })

  it('inline code left empty by a removal is dropped, not written as two backticks', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\nBody text of the article.\n\nUse <code>![markdown image](data:image/png;base64,iVBORw0KGgo=)</code> here.\n',
    )
    expect(first).toContain('Use here.')
    expect(second).toBe(first)
  })

  it('winnow’s own article is not judged as a whole page again, however many links it holds', async () => {
    const [first, second] = await twice(
      '---\ntitle: Shape\n---\n\n<p><a href="https://a.example/"><a href="https://b.example/">nested</a></a></p>\n\n> The the the the the the the the.\n\nA [link about The the the the.](https://ok.example/page) in prose.\n\nThe the the the. https://shop.example/kettle?tag=x-20\n\n<p><a href="https://ok.example/">The the the the.<pre><code>x = 1\n</code></pre><ul><li>The the the the.</li></ul></a></p>\n',
    )
    expect(first).toContain('x = 1')
    expect(second).toBe(first)
  })
})
