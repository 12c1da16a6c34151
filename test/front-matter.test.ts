import { describe, expect, it } from 'vitest'
import { DEFAULT_FRONT_MATTER_LIMITS, splitFrontMatter } from '../src/read/front-matter.js'
import { InputError } from '../src/read/input-error.js'

const split = (text: string) => splitFrontMatter(text, DEFAULT_FRONT_MATTER_LIMITS)

describe('front matter', () => {
  it('reads YAML as data, keeping dates as written', () => {
    const result = split(
      '---\ntitle: A\ndate: 2024-08-03T02:44:36.535Z\ntags:\n  - x\n  - y\n---\nBody',
    )
    expect(result.data).toEqual({ title: 'A', date: '2024-08-03T02:44:36.535Z', tags: ['x', 'y'] })
    expect(result.hasFrontMatter).toBe(true)
  })

  it('blanks the front matter so positions in the body still point into the file', () => {
    const text = '---\ntitle: A\n---\nBody'
    const result = split(text)
    expect(result.body.length).toBe(text.length)
    expect(result.body.split('\n')[3]).toBe('Body')
    expect(result.body.slice(0, 16).trim()).toBe('')
  })

  for (const language of ['js', 'javascript', 'coffee', 'json', 'toml']) {
    it(`refuses ---${language} front matter and never evaluates it`, () => {
      const text = `---${language}\n{ title: (globalThis.winnowEvaluated = true) }\n---\nBody`
      expect(() => split(text)).toThrow(InputError)
      expect(() => split(text)).toThrow(/YAML front matter only/)
      expect((globalThis as { winnowEvaluated?: boolean }).winnowEvaluated).toBeUndefined()
    })
  }

  it('refuses unterminated front matter', () => {
    expect(() => split('---\ntitle: A\nBody')).toThrow(/unterminated/)
  })

  it('bounds YAML aliases (alias bombs)', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      'Body',
    ].join('\n')
    expect(() => split(bomb)).toThrow(/front matter/)
  })

  it('keeps only scalars and lists of scalars, and cuts long values', () => {
    const long = 'x'.repeat(DEFAULT_FRONT_MATTER_LIMITS.maxValueLength + 10)
    const result = split(
      `---\ntitle: ${long}\nnested:\n  key: value\nlist: [1, a, {b: c}]\n---\nBody`,
    )
    expect(result.data.title).toHaveLength(DEFAULT_FRONT_MATTER_LIMITS.maxValueLength)
    expect(result.data.nested).toBeUndefined()
    expect(result.data.list).toEqual([1, 'a'])
  })

  it('treats a document without front matter as all body', () => {
    expect(split('# Title\n\n---\n')).toEqual({
      data: {},
      body: '# Title\n\n---\n',
      hasFrontMatter: false,
    })
  })
})
