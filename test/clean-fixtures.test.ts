import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanFixture } from './helpers/clean-fixture.js'
import { expectFile } from './helpers/expected-file.js'

const folder = path.join(import.meta.dirname, '../fixtures/clean')
const cases = readdirSync(folder).filter(
  (name) => /\.(md|html)$/.test(name) && !name.includes('.expected.'),
)

describe('cleaning fixtures (input → expected Markdown and removal messages)', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(5)
  })
  for (const name of cases) {
    it(name, () => {
      const stem = path.join(folder, name.replace(/\.(md|html)$/, ''))
      const { markdown, messages, file } = cleanFixture(path.join(folder, name))
      expectFile(`${stem}.expected.md`, markdown)
      expectFile(`${stem}.messages.txt`, messages)
      for (const message of file.messages) {
        expect(message.source).toBe('winnow')
        expect(message.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
        expect(message.line, `${message.ruleId} has a position`).toBeGreaterThan(0)
      }
    })
  }
})
