import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_FRONT_MATTER_LIMITS, splitFrontMatter } from '../../src/read/front-matter.js'
import { entry, goodArticle, removeWorkspaces, run, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

const split = (text: string) => splitFrontMatter(text, DEFAULT_FRONT_MATTER_LIMITS)
const body = '\n\nThe body of the article, with enough words to be kept.\n'
const marker = path.join(import.meta.dirname, 'front-matter-was-evaluated')
/** Code that, if any engine ran it, would set a global and write a file. */
const payload = `{ title: (globalThis.winnowPwned = true, require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'pwned') }`
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n')

const files: Record<string, string> = {
  'good.md': goodArticle,
  'js.md': `---js\n${payload}\n---${body}`,
  'javascript.md': `---javascript\n${payload}\n---${body}`,
  'coffee.md': `---coffee\ntitle: do -> globalThis.winnowPwned = true\n---${body}`,
  'json.md': `---json\n{"title": "json"}\n---${body}`,
  'toml.md': `---toml\ntitle = "toml"\n---${body}`,
  'spaced-js.md': `--- JS \n${payload}\n---${body}`,
  'alias-bomb.md': `---\n${aliasBomb}\n---${body}`,
  'unterminated.md': `---\ntitle: Never closed\n${body}`,
  'not-a-mapping.md': `---\n- just\n- a list\n---${body}`,
  'deep-yaml.md': `---\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---${body}`,
  'yaml-tags.md': `---\ntitle: !!js/function "function () { globalThis.winnowPwned = true }"\nx: !custom y\n---${body}`,
  'proto.md': `---\n__proto__: [polluted]\nconstructor: { prototype: { polluted: true } }\ntitle: Proto\n---${body}`,
  'many-keys.md': `---\n${Array.from({ length: 20_000 }, (_, index) => `k${index}: v`).join('\n')}\ntitle: Many keys\n---${body}`,
}

describe('hostile front matter: data, never code, and bounded', async () => {
  const warn = vi.spyOn(process, 'emitWarning')
  const started = performance.now()
  const result = await run(workspace(files))
  const elapsed = performance.now() - started
  const outcome = (name: string) => entry(result, `input/${name}`)

  it('refuses every front matter language but YAML, and never runs it', () => {
    for (const name of ['js', 'javascript', 'coffee', 'json', 'toml', 'spaced-js']) {
      const found = outcome(`${name}.md`)
      expect(found.status, name).toBe('error')
      expect(found.reason, name).toMatch(/front matter in language '.+' is not supported/)
    }
    expect((globalThis as { winnowPwned?: boolean }).winnowPwned).toBeUndefined()
    expect(existsSync(marker)).toBe(false)
    expect(outcome('good.md').status).toBe('ok')
  })

  it('stops a YAML alias bomb at the alias limit, quickly', () => {
    expect(outcome('alias-bomb.md')).toMatchObject({ status: 'error' })
    expect(outcome('alias-bomb.md').reason).toMatch(/invalid YAML front matter: .*alias/i)
    expect(elapsed).toBeLessThan(20_000)
  })

  it('allows a few aliases and refuses many', () => {
    const aliases = (count: number) =>
      `---\nbase: &b x\nlist: [${Array.from({ length: count }, () => '*b').join(', ')}]\n---\nBody`
    expect(split(aliases(5)).data.list).toEqual(['x', 'x', 'x', 'x', 'x'])
    expect(() => split(aliases(DEFAULT_FRONT_MATTER_LIMITS.maxAliases * 5))).toThrow(/alias/i)
  })

  it('refuses unterminated front matter and front matter that is not a mapping', () => {
    expect(outcome('unterminated.md')).toMatchObject({
      status: 'error',
      reason: "unterminated front matter: the opening '---' has no closing '---' line",
    })
    expect(outcome('not-a-mapping.md')).toMatchObject({
      status: 'error',
      reason: 'front matter is not a mapping of keys to values',
    })
  })

  it('turns YAML nested 20,000 deep into an error, not a crash', () => {
    expect(outcome('deep-yaml.md').status).toBe('error')
    expect(outcome('deep-yaml.md').reason).toMatch(/front matter/)
  })

  it('reads unknown YAML tags as plain text, silently', () => {
    expect(outcome('yaml-tags.md').status).toBe('ok')
    expect(split(files['yaml-tags.md'] ?? '').data).toEqual({
      title: 'function () { globalThis.winnowPwned = true }',
      x: 'y',
    })
    expect(warn).not.toHaveBeenCalledWith(
      expect.stringContaining('Unresolved tag'),
      expect.anything(),
    )
  })

  it('ignores __proto__ keys and drops nested mappings', () => {
    const data = split(files['proto.md'] ?? '').data
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(data).toEqual({ title: 'Proto' })
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect(outcome('proto.md').status).toBe('ok')
  })

  it('takes 20,000 keys in its stride', () => {
    expect(outcome('many-keys.md').status).toBe('ok')
    expect(result.articles.some((article) => article.title === 'Many keys')).toBe(true)
  })
})
