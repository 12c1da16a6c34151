import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES_DOC, rulesDoc } from '../../scripts/rules-doc.js'
import { knownRuleIds } from '../../src/config/rule-registry.js'

describe('docs/rules.md', () => {
  it('is the table the rule registry makes (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(rulesDoc())
  })

  it('has one row per registered rule', () => {
    const rows = rulesDoc()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
    expect(rows.map((row) => /^\| `([a-z-]+)`/.exec(row)?.[1]).sort()).toEqual(knownRuleIds)
  })
})
