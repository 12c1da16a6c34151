import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { executableInMarkdown } from './helpers/executable-markup.js'
import { cli, removeWorkspaces, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const titles = [
  '../../etc/passwd',
  '..',
  '.',
  '/etc/passwd',
  '..\\..\\Windows\\System32\\config',
  'CON',
  'output/../../escape',
  '<script>alert(1)</script>Markup title',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '日本語のタイトル',
  '🙂🙃',
  'x'.repeat(5000),
]

/** Each title once in front matter and once as the first heading (escaped Markdown). */
const files = Object.fromEntries(
  titles.flatMap((title, index) => {
    const words = `Article number ${index} has words of its own: ${'w'.repeat(index + 1)} ${index * 7919}.`
    return [
      [`front-${index}.md`, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${words}\n`],
      [`heading-${index}.md`, `# ${title.replace(/[\\<>[\]`*_]/g, '\\$&')}\n\n${words} Heading.\n`],
    ]
  }),
)

describe('titles that try path traversal or carry markup', () => {
  const cwd = workspace(files)
  const ran = cli(cwd, ['clean', '--out', 'out', '--jobs', '1'])
  const written = readdirSync(path.join(cwd, 'out'))

  it('processes every file', () => {
    expect(ran.code, ran.stderr).toBe(0)
    const report = JSON.parse(readFileSync(path.join(cwd, 'out/report.json'), 'utf8'))
    expect(report.inputs).toHaveLength(Object.keys(files).length)
  })

  it('names every output [a-z0-9-] within the output folder, never a path', () => {
    for (const name of written) {
      expect(name).toMatch(/^(?:[a-z0-9][a-z0-9-]*\.(?:json|md)|report\.json)$/)
      expect(name.replace(/(?:-\d+)?\.(?:json|md)$/, '').length).toBeLessThanOrEqual(80)
    }
    // Besides the output folder, only winnow's cache folder, of hashed names.
    expect(readdirSync(cwd).sort()).toEqual(['.winnow-cache', 'input', 'out'])
    for (const name of readdirSync(path.join(cwd, '.winnow-cache'), { recursive: true }))
      expect(String(name)).toMatch(
        /^(?:\.gitignore|\.last-seen|[0-9a-f]{2}(?:\/[0-9a-f]{64}\.json)?)$/,
      )
  })

  it('keeps titles as text: no markup survives a CommonMark renderer that allows HTML', () => {
    for (const name of written) {
      const text = readFileSync(path.join(cwd, 'out', name), 'utf8')
      expect(executableInMarkdown(text), name).toEqual([])
      if (name.endsWith('.json')) expect(text).not.toContain('<')
    }
  })
})
