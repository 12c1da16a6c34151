import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveOptions } from '../../src/options.js'
import { processFile } from '../../src/process-file.js'
import {
  cli,
  entry,
  goodArticle,
  isRoot,
  removeWorkspaces,
  run,
  workspace,
} from './helpers/workspace.js'

afterAll(removeWorkspaces)

const article = (title: string) => `# ${title}\n\nA few words about ${title}, enough to keep.\n`
const names = [
  'with space.md',
  'ünïcödé ✓ 日本語.md',
  '-leading-dash.md',
  '--looks-like-a-flag.md',
  'new\nline.md',
  '<img src=x onerror=alert(1)>.md',
  '[glob]*?{a,b}.md',
]

describe('hostile file system: every entry accounted for, nothing followed', async () => {
  const cwd = workspace({ 'good.md': goodArticle, 'sub/inner.md': article('Inner') })
  const input = path.join(cwd, 'input')
  symlinkSync('loop-b', path.join(input, 'loop-a'))
  symlinkSync('loop-a', path.join(input, 'loop-b'))
  symlinkSync('..', path.join(input, 'sub', 'up'))
  symlinkSync('/etc/passwd', path.join(input, 'passwd.md'))
  symlinkSync('missing.md', path.join(input, 'dangling.md'))
  execFileSync('mkfifo', [path.join(input, 'pipe.md')])
  const result = await run(cwd)
  const outcome = (name: string) => entry(result, `input/${name}`)
  const notFollowed = 'symbolic link: not followed (name its target to read it)'

  it('reports symbolic links (loops, into a parent, outside, dangling) as skipped', () => {
    for (const name of ['loop-a', 'loop-b', 'sub/up', 'passwd.md', 'dangling.md'])
      expect(outcome(name), name).toMatchObject({ status: 'skipped', reason: notFollowed })
    expect(outcome('sub/inner.md').status).toBe('ok')
    expect([...result.outputs.values()].join('')).not.toContain('root:')
  })

  it('skips a named pipe without waiting on it', () => {
    expect(outcome('pipe.md')).toMatchObject({ status: 'skipped', reason: 'named pipe: not read' })
    expect(outcome('good.md').status).toBe('ok')
  })

  it('reads file names with spaces, unicode, dashes, line ends, markup and glob characters', async () => {
    const files = Object.fromEntries(names.map((name, index) => [name, article(`Name ${index}`)]))
    const named = await run(workspace(files))
    for (const name of names) expect(entry(named, `input/${name}`).status, name).toBe('ok')
    const report = named.outputs.get('report.json') ?? ''
    expect(report).not.toContain('<img')
    expect(JSON.parse(report).inputs.map((input: { path: string }) => input.path)).toContain(
      'input/<img src=x onerror=alert(1)>.md',
    )
  })

  it('takes explicit arguments after `--`, and says why a link or device cannot be read', () => {
    const dir = workspace({ '-x.md': article('Dash') })
    symlinkSync('self', path.join(dir, 'input', 'self'))
    symlinkSync('missing-target.md', path.join(dir, 'input', 'nowhere.md'))
    const args = ['clean', '--out', 'out', '--jobs', '1', '--', 'input/-x.md', 'input/self']
    const ran = cli(dir, [...args, 'input/nowhere.md', '/dev/null'])
    expect(ran.code, ran.stderr).toBe(2)
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))
    const byPath = Object.fromEntries(
      report.inputs.map((input: { path: string; status: string; reason?: string }) => [
        input.path,
        `${input.status}: ${input.reason ?? ''}`,
      ]),
    )
    expect(byPath['input/-x.md']).toBe('ok: ')
    expect(byPath['input/self']).toBe('error: symbolic link loop')
    expect(byPath['input/nowhere.md']).toBe('error: symbolic link to a file that does not exist')
    expect(byPath[path.relative(dir, '/dev/null')]).toBe('skipped: device file: not read')
  })

  it('reports a file that vanished before it was read', async () => {
    const dir = workspace()
    const processed = await processFile('input/gone.md', resolveOptions({ cwd: dir, out: 'out' }))
    expect(processed).toMatchObject({
      status: 'error',
      reason: 'the file disappeared before it could be read',
    })
  })

  it.skipIf(isRoot)(
    'reports unreadable files and folders (not as root: root reads anything)',
    async () => {
      const dir = workspace({
        'good.md': goodArticle,
        'locked.md': article('Locked'),
        'closed/x.md': article('X'),
      })
      chmodSync(path.join(dir, 'input/locked.md'), 0o000)
      chmodSync(path.join(dir, 'input/closed'), 0o000)
      try {
        const locked = await run(dir)
        expect(entry(locked, 'input/locked.md')).toMatchObject({
          status: 'error',
          reason: 'cannot read the file: permission denied',
        })
        expect(entry(locked, 'input/closed')).toMatchObject({
          status: 'skipped',
          reason: 'folder cannot be read: permission denied',
        })
        expect(entry(locked, 'input/good.md').status).toBe('ok')
      } finally {
        chmodSync(path.join(dir, 'input/locked.md'), 0o644)
        chmodSync(path.join(dir, 'input/closed'), 0o755)
      }
    },
  )

  it('walks folders 500 levels deep without recursion', async () => {
    const dir = workspace()
    const deepest = path.join(dir, 'input', ...Array.from({ length: 500 }, () => 'd'))
    mkdirSync(deepest, { recursive: true })
    writeFileSync(path.join(deepest, 'bottom.md'), article('Bottom'))
    const deep = await run(dir)
    expect(deep.report.inputs).toHaveLength(1)
    expect(deep.report.inputs[0]?.status).toBe('ok')
  })
})
