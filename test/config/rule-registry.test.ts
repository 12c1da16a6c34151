import { readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/config-schema.js'
import { loadPolicy } from '../../src/config/load-policy.js'
import { knownRuleIds, ruleRegistry } from '../../src/config/rule-registry.js'
import { resolveOptions, UsageError } from '../../src/options.js'
import { cleanFixture } from '../helpers/clean-fixture.js'

const fixtures = path.join(import.meta.dirname, '../../fixtures')

/** Every HTML and Markdown input of the cleaning, extraction and Markdown-scrape fixtures. */
const inputs = ['clean', 'extract', 'markdown-scrapes'].flatMap((folder) =>
  readdirSync(path.join(fixtures, folder))
    .filter((name) => /\.(md|html)$/.test(name) && !name.includes('.expected.'))
    .map((name) => path.join(fixtures, folder, name)),
)

/** Messages that say what happened to a file, not what a rule removed: no rule makes them. */
const NOT_RULES = new Set(['input-error', 'skipped-input'])

describe('the rule registry', () => {
  it('has one definition per id, each with a stage and a description', () => {
    expect(new Set(knownRuleIds).size).toBe(ruleRegistry.length)
    for (const rule of ruleRegistry) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.description.length, rule.id).toBeGreaterThan(10)
    }
    expect(knownRuleIds).toContain('main-content')
    expect(knownRuleIds).toContain('deep-nesting')
  })

  it('is the config schema’s list of rule keys', () => {
    expect(Object.keys(configSchema.properties.rules.properties).sort()).toEqual(knownRuleIds)
  })

  it('names every rule id the fixtures report, and turning one off silences it', () => {
    const seen = new Set<string>()
    for (const input of inputs) {
      const ids = new Set(cleanFixture(input).file.messages.map((message) => message.ruleId ?? ''))
      for (const id of ids) {
        if (NOT_RULES.has(id)) continue
        expect(knownRuleIds, `${path.basename(input)} reports ${id}`).toContain(id)
        seen.add(id)
        const off = cleanFixture(input, { disabledRules: [id] })
        const still = off.file.messages.filter((message) => message.ruleId === id)
        expect(still, `${id} off in ${path.basename(input)}`).toEqual([])
      }
    }
    // The fixtures exercise most rules, main content included.
    expect(seen).toContain('main-content')
    expect(seen.size).toBeGreaterThanOrEqual(10)
  })

  it('turns deep-nesting off like any other rule', () => {
    // Deeper than the 128 elements flattening keeps, shallow enough for the parsers.
    const deep = `${'<div>'.repeat(300)}<p>Deep text.</p>${'</div>'.repeat(300)}`
    const dir = path.join(fixtures, 'clean')
    const on = cleanFixtureText(deep, dir, [])
    expect(on.some((message) => message.ruleId === 'deep-nesting')).toBe(true)
    const off = cleanFixtureText(deep, dir, ['deep-nesting'])
    expect(off.some((message) => message.ruleId === 'deep-nesting')).toBe(false)
  })
})

describe('--disable, --enable and the config accept exactly the registry’s ids', () => {
  it('takes every registered id', () => {
    for (const id of knownRuleIds) {
      expect(resolveOptions({ disabledRules: [id] }).policy.disabled.has(id)).toBe(true)
      const back = resolveOptions({ disabledRules: [id], enabledRules: [id] })
      expect(back.policy.disabled.has(id)).toBe(false)
    }
  })

  it('refuses an unknown id with a UsageError that names it', () => {
    expect(() => resolveOptions({ disabledRules: ['adsense', 'no-such-rule'] })).toThrow(UsageError)
    expect(() => resolveOptions({ disabledRules: ['no-such-rule'] })).toThrow(
      /unknown rule 'no-such-rule' in --disable/,
    )
    expect(() => resolveOptions({ enabledRules: ['Main-Content'] })).toThrow(
      /unknown rule 'Main-Content' in --enable/,
    )
  })

  it('takes every registered id in the config, and refuses another', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'winnow-rules-'))
    try {
      const rules = Object.fromEntries(knownRuleIds.map((id) => [id, false]))
      await writeFile(path.join(cwd, 'winnow.config.json'), JSON.stringify({ rules }))
      const policy = await loadPolicy({ cwd })
      expect([...policy.disabled].sort()).toEqual(knownRuleIds)
      await writeFile(
        path.join(cwd, 'winnow.config.json'),
        JSON.stringify({ rules: { 'main-content': false, sidebar: false } }),
      )
      await expect(loadPolicy({ cwd })).rejects.toThrow(/unknown rule 'sidebar' in "rules"/)
      await expect(loadPolicy({ cwd })).rejects.toBeInstanceOf(UsageError)
    } finally {
      await rm(cwd, { recursive: true, force: true })
    }
  })
})

function cleanFixtureText(text: string, dir: string, disabledRules: readonly string[]) {
  return cleanFixture(path.join(dir, 'page.html'), { disabledRules, text }).file.messages
}
