import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runWinnow } from '../../src/index.js'

const menu = 'Shop · Guides · Reviews · About us · Contact'
const footer =
  'Garden Notes is written in Leeds by a small team of gardeners. We test every tool we write about in our own gardens, through a whole season.'
const topics = ['roses', 'tomatoes', 'lawns', 'hedges', 'ponds']

/** One page of the site: its menu, an article of its own, its footer. */
function page(topic: string, host: string): string {
  let seed = topic.length * 7919 + topic.charCodeAt(0)
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return `w${seed % 50000}`
  }
  const body = [1, 2, 3]
    .map((n) => `Paragraph ${n} about ${topic}: ${Array.from({ length: 40 }, word).join(' ')}.`)
    .join('\n\n')
  return `---\nurl: https://${host}/guides/${topic}/\ntitle: Caring for ${topic}\n---\n\n${menu}\n\n# Caring for ${topic}\n\n${body}\n\n${footer}\n`
}

async function run(hostOf: (index: number) => string) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-site-'))
  mkdirSync(path.join(cwd, 'input'))
  for (const [index, topic] of topics.entries())
    writeFileSync(path.join(cwd, 'input', `${topic}.md`), page(topic, hostOf(index)))
  return runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out'), jobs: 1 })
}

describe('site boilerplate', () => {
  it('removes the menu and footer shared by 5 pages of one site', async () => {
    const result = await run(() => 'www.garden-notes.example')
    expect(result.articles).toHaveLength(5)
    for (const article of result.articles) {
      const body = [article.intro, ...article.sections.map((section) => section.body)].join('\n')
      expect(body).not.toContain('Shop · Guides')
      expect(body).not.toContain('Garden Notes is written in Leeds')
      expect(body).toContain('Paragraph 2 about')
    }
    const reported = result.files.flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'repeated-boilerplate'),
    )
    expect(reported).toHaveLength(10)
    for (const message of reported) {
      expect(message.reason).toContain('garden-notes.example (site furniture)')
      expect(message.line).toBeGreaterThan(0)
    }
  })
  it('keeps a long shared paragraph found on pages of different sites', async () => {
    const result = await run((index) => `site-${index}.example`)
    for (const article of result.articles) {
      const body = [article.intro, ...article.sections.map((section) => section.body)].join('\n')
      expect(body).toContain('Garden Notes is written in Leeds')
      // The short menu line, at the edge of every article, looks like boilerplate: it goes.
      expect(body).not.toContain('Shop · Guides')
    }
  })
})
