import { afterAll, describe, expect, it } from 'vitest'
import { entry, goodArticle, removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const lf =
  '---\ntitle: Line ends\n---\n\n# Line ends\n\nFirst paragraph of text.\n\nSecond paragraph of text.\n'

/** Every case sits in one folder with a good file: each gets its own outcome, the batch goes on. */
const files: Record<string, Uint8Array> = {
  'good.md': utf8(goodArticle),
  'empty.md': new Uint8Array(0),
  'blank.md': utf8(' \n\t\n  \n'),
  'binary.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'invalid-utf8.md': Uint8Array.from([
    ...utf8('# Title\n\nBroken '),
    0xc3,
    0x28,
    ...utf8(' here\n'),
  ]),
  'mixed-encodings.md': Buffer.concat([
    utf8('# Café crème\n\nUTF-8: café. Latin-1: caf'),
    Buffer.from([0xe9]),
    utf8('.\n'),
  ]),
  'utf16-le.md': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('# Title\n\nText.\n', 'utf16le'),
  ]),
  'utf16-be.md': Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from('# T\n', 'utf16le').swap16(),
  ]),
  'bom.md': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    utf8(lf.replace(/Line ends/g, 'With a BOM')),
  ]),
  'crlf.md': utf8(lf.replace(/Line ends/g, 'CRLF').replace(/\n/g, '\r\n')),
  'cr.md': utf8(lf.replace(/Line ends/g, 'Old Mac').replace(/\n/g, '\r')),
  'lf.md': utf8(lf),
}

describe('hostile bytes: every file gets a clear outcome, the batch goes on', async () => {
  const cwd = workspace(files)
  const result = await run(cwd)
  const outcome = (name: string) => entry(result, `input/${name}`)

  it('processes the good file next to the bad ones', () => {
    expect(outcome('good.md').status).toBe('ok')
    expect(result.report.inputs).toHaveLength(Object.keys(files).length)
  })

  it('skips an empty file and a file of white space', () => {
    expect(outcome('empty.md')).toMatchObject({ status: 'skipped', reason: 'empty file' })
    expect(outcome('blank.md')).toMatchObject({
      status: 'skipped',
      reason: 'file has only white space',
    })
  })

  it('skips a binary file, naming the NUL byte', () => {
    expect(outcome('binary.md')).toMatchObject({
      status: 'skipped',
      reason: 'binary file: NUL byte at offset 8',
    })
  })

  it('refuses invalid UTF-8 and mixed encodings, naming the first bad byte', () => {
    expect(outcome('invalid-utf8.md')).toMatchObject({
      status: 'error',
      reason: 'invalid UTF-8 at byte 16: convert the file to UTF-8',
    })
    const latin1At = Buffer.byteLength('# Café crème\n\nUTF-8: café. Latin-1: caf')
    expect(outcome('mixed-encodings.md')).toMatchObject({
      status: 'error',
      reason: `invalid UTF-8 at byte ${latin1At}: convert the file to UTF-8`,
    })
  })

  it('refuses UTF-16 with a reason rather than calling it binary', () => {
    expect(outcome('utf16-le.md')).toMatchObject({
      status: 'error',
      reason: 'UTF-16 text (byte order mark FF FE): convert the file to UTF-8',
    })
    expect(outcome('utf16-be.md').reason).toContain('UTF-16 text (byte order mark FE FF)')
  })

  it('drops a UTF-8 byte order mark: the front matter is still read', () => {
    expect(outcome('bom.md').status).toBe('ok')
    const article = result.articles.find((item) => item.sources[0]?.path === 'input/bom.md')
    expect(article?.title).toBe('With a BOM')
  })

  it('reads CRLF and CR line ends as LF', () => {
    const bodies = ['crlf.md', 'cr.md', 'lf.md'].map((name) => {
      expect(outcome(name).status).toBe('ok')
      const article = result.articles.find((item) => item.sources[0]?.path === `input/${name}`)
      return { intro: article?.intro, kind: article?.kind, date: article?.date }
    })
    expect(bodies[0]).toEqual(bodies[2])
    expect(bodies[1]).toEqual(bodies[2])
    for (const [name, text] of result.outputs) expect(text, name).not.toContain('\r')
  })
})
