import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { defaultPolicy } from '../src/clean/policy.js'
import { cleanText } from '../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../src/read/front-matter.js'
import { buildRecord } from '../src/structure/build-record.js'
import { parseNumberedHeading } from '../src/structure/numbered-heading-patterns.js'
import { expectFile } from './helpers/expected-file.js'

const folder = path.join(import.meta.dirname, '../fixtures/structure')

describe('structure fixtures (Markdown → article record)', () => {
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    it(name, () => {
      const text = readFileSync(path.join(folder, name), 'utf8')
      const { mdast, metadata } = cleanText(text, new VFile({ path: name, value: text }), {
        frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
        policy: defaultPolicy,
      })
      const {
        text: _plain,
        paragraphs: _paragraphs,
        ...record
      } = buildRecord(mdast, { metadata, fallbackTitle: name })
      expectFile(
        path.join(folder, name.replace(/\.md$/, '.expected.json')),
        `${JSON.stringify(record, null, 2)}\n`,
      )
    })
  }
})

describe('numbered headings', () => {
  it.each([
    ['1. Check Your Settings', 1, 'Check Your Settings'],
    ['1\\. Title', undefined, undefined],
    ['Step 1: Title', 1, 'Title'],
    ['Fix 2 – Title', 2, 'Title'],
    ['Tip #3. Title', 3, 'Title'],
    ['12) Title', 12, 'Title'],
    ['#4: Title', 4, 'Title'],
    ['2024 in review', undefined, undefined],
    ['1.5 million users', undefined, undefined],
    ['Keep Your iCloud Photos Synced', undefined, undefined],
  ])('%s', (text, number, title) => {
    const parsed = parseNumberedHeading(text)
    expect(parsed?.number).toBe(number)
    expect(parsed?.title).toBe(title)
  })
})
