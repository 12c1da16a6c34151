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
    Buffer.from('# Sixteen little\n\nText in UTF-16, little end first.\n', 'utf16le'),
  ]),
  'utf16-be.md': Buffer.concat([
    Buffer.from([0xfe, 0xff]),
    Buffer.from('# Sixteen big\n\nText in UTF-16, big end first.\n', 'utf16le').swap16(),
  ]),
  'utf16-odd.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x42])]),
  'windows-1252.html': Buffer.from(
    '<!doctype html><html><head><meta charset="windows-1252"><title>Caf\u00e9 cr\u00e8me</title></head><body><article><h1>Caf\u00e9 cr\u00e8me</h1><p>Cr\u00e8me br\u00fbl\u00e9e needs a blowtorch \u2013 or a very hot grill.</p></article></body></html>',
    'latin1',
  ).map((byte, index, all) => (all[index] === 0x13 ? 0x96 : byte)),
  'shift-jis.html': Buffer.concat([
    utf8(
      '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>Tea</title></head><body><article><h1>Tea</h1><p>',
    ),
    // 日本茶 (Japanese tea) in Shift_JIS
    Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x92, 0x83]),
    utf8('</p></article></body></html>'),
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

  it('reads UTF-16 by its byte order mark, and refuses broken UTF-16 rather than calling it binary', () => {
    for (const [name, title] of [
      ['utf16-le.md', 'Sixteen little'],
      ['utf16-be.md', 'Sixteen big'],
    ]) {
      expect(outcome(name ?? '').status, name).toBe('ok')
      expect(result.articles.some((article) => article.title === title)).toBe(true)
    }
    expect(outcome('utf16-odd.md')).toMatchObject({
      status: 'error',
      reason: 'invalid UTF-16 text (byte order mark FF FE): convert the file to UTF-8',
    })
  })

  it('reads a page that is not UTF-8 in the encoding its <meta> declares', () => {
    expect(outcome('windows-1252.html').status).toBe('ok')
    const cafe = result.articles.find((article) => article.title === 'Café crème')
    expect(cafe?.intro).toBe('Crème brûlée needs a blowtorch – or a very hot grill.')
    expect(outcome('shift-jis.html').status).toBe('ok')
    const tea = result.articles.find(
      (article) => article.sources[0]?.path === 'input/shift-jis.html',
    )
    expect(tea?.intro).toBe('日本茶')
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
