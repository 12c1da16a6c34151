import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CanonicalArticle } from '../../src/canonical/canonical-article.js'
import {
  findUnsafeMarkdown,
  secureMarkdown,
  UnsafeMarkdownError,
} from '../../src/structure/markdown-safety.js'
import { nodesToMarkdown } from '../../src/structure/to-markdown.js'
import { renderOutputs } from '../../src/write/render-outputs.js'
import type { RunReport } from '../../src/write/run-report.js'
import { executableInMarkdown } from './helpers/executable-markup.js'
import { removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const fixtures = path.join(import.meta.dirname, '../../fixtures/hostile/block-in-phrasing')

describe('post-condition: winnow reads its own Markdown back before writing it', () => {
  it('finds raw HTML, other URL schemes and code blocks that were never written', () => {
    expect(findUnsafeMarkdown('<script>alert(1)</script>').map((v) => v.kind)).toEqual(['html'])
    expect(findUnsafeMarkdown('a <b onmouseover=x>b</b>').map((v) => v.kind)).toEqual([
      'html',
      'html',
    ])
    expect(findUnsafeMarkdown('[x](javascript:alert(1))').map((v) => v.kind)).toEqual(['url'])
    expect(findUnsafeMarkdown('![x](data:text/html,x)').map((v) => v.kind)).toEqual(['url'])
    expect(findUnsafeMarkdown('[x]: vbscript:x\n\n[y][x]').map((v) => v.kind)).toEqual(['url'])
    expect(findUnsafeMarkdown('~~~~x~~~~', { codeBlocks: [] }).map((v) => v.kind)).toEqual(['code'])
    expect(
      findUnsafeMarkdown('[ok](https://ok.example/) [m](mailto:a@ok.example) [r](/x)'),
    ).toEqual([])
    expect(
      findUnsafeMarkdown('```\n<script>x</script>\n```', { codeBlocks: ['<script>x</script>'] }),
    ).toEqual([])
  })

  it('fixes a violation by escaping, keeping every character of the text', () => {
    const planted =
      'Intro.\n\n<script src="https://evil.example/x.js"></script>\n\n[x](javascript:alert(1)) and ~~~~y~~~~'
    const fixed = secureMarkdown(planted, { codeBlocks: [] })
    expect(findUnsafeMarkdown(fixed, { codeBlocks: [] })).toEqual([])
    expect(executableInMarkdown(fixed, { dangerousProtocols: true })).toEqual([])
    expect(fixed.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))).toBe(
      planted,
    )
  })

  it('refuses Markdown that lost a code block: the file is an error, never written', () => {
    expect(() => secureMarkdown('no code here', { codeBlocks: ['x = 1'] })).toThrow(
      UnsafeMarkdownError,
    )
  })

  it('runs on every output file: a violation planted in an article is caught in the .md and the .json', () => {
    const article: CanonicalArticle = {
      schemaVersion: 1,
      slug: 'planted',
      title: 'Planted',
      titleVariants: [],
      tags: [],
      categories: [],
      kind: 'article',
      intro: 'Intro <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>',
      items: [],
      sections: [
        { title: 'Part', body: '[click](javascript:alert(3)) ![i](data:image/svg+xml,x)' },
      ],
      sources: [],
    }
    const report = { schemaVersion: 1, inputs: [], clusters: [] } as unknown as RunReport
    const outputs = renderOutputs([article], report)
    const markdown = outputs.get('planted.md') ?? ''
    expect(markdown).toContain('alert(1)')
    expect(executableInMarkdown(markdown, { dangerousProtocols: true })).toEqual([])
    const json = JSON.parse(outputs.get('planted.json') ?? '{}') as CanonicalArticle
    for (const body of [json.intro, ...json.sections.map((section) => section.body)])
      expect(executableInMarkdown(body, { dangerousProtocols: true })).toEqual([])
  })

  it('serializes a tree with blocks inside emphasis as blocks (hoisted), not as inline text', () => {
    const markdown = nodesToMarkdown([
      {
        type: 'paragraph',
        children: [
          {
            type: 'emphasis',
            children: [
              { type: 'text', value: 'before ' },
              { type: 'code', value: '<script src="https://evil.example/x.js"></script>' } as never,
              { type: 'text', value: ' after' },
            ],
          },
        ],
      },
    ])
    expect(markdown).toBe(
      '_before_\n\n```\n<script src="https://evil.example/x.js"></script>\n```\n\n_after_',
    )
  })
})

describe('the fuzzer’s shapes: an inline tag left open before escaped markup', () => {
  it('gives Markdown and JSON in which nothing can run, with the code sample kept as code', async () => {
    const files = Object.fromEntries(
      readdirSync(fixtures).map((name) => [name, readFileSync(path.join(fixtures, name), 'utf8')]),
    )
    const result = await run(workspace(files))
    expect(result.report.inputs.map((input) => input.status)).toEqual(['ok', 'ok', 'ok'])
    for (const [name, text] of result.outputs) {
      expect(
        executableInMarkdown(text, { dangerousProtocols: name.endsWith('.md') }),
        name,
      ).toEqual([])
      if (!name.endsWith('.json') || name === 'report.json') continue
      const article = JSON.parse(text) as CanonicalArticle
      for (const body of [
        article.intro,
        ...article.sections.map((s) => s.body),
        ...article.items.map((i) => i.body),
      ])
        expect(executableInMarkdown(body, { dangerousProtocols: true }), name).toEqual([])
    }
    const markdown = [...result.outputs]
      .filter(([name]) => name.endsWith('.md'))
      .map(([, t]) => t)
      .join('\n')
    expect(markdown).toMatch(
      /```\n<script src="https:\/\/evil\.example\/[xy]\.js"\n {8}data-x="y"><\/script>\n```/,
    )
    expect(markdown).toContain('More text after the code sample')
    expect(markdown).not.toMatch(/~~~~/)
  })
})

describe('report.json: a reason that quotes its input', () => {
  it('holds no tag, so rendering the report as Markdown runs nothing', async () => {
    const result = await run(
      workspace({
        'alias.md': '---\ntitle: *<img/src=x/onerror=alert(1)>\n---\n\n# Title\n\nBody text.\n',
      }),
    )
    const input = result.report.inputs[0]
    expect(input?.status).toBe('error')
    expect(input?.reason).toMatch(/^invalid YAML front matter: Unresolved alias/)
    const report = result.outputs.get('report.json') ?? ''
    for (const reason of result.report.inputs.map((i) => i.reason ?? ''))
      expect(executableInMarkdown(reason)).toEqual([])
    expect(report).not.toContain('onerror')
  })
})
