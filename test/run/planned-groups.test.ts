import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runWinnow } from '../../src/index.js'
import { articles, removeWorkspaces, workspace } from '../faults/helpers.js'

afterAll(removeWorkspaces)

/** Four groups, one of them of two copies. */
function inputs() {
  const some = articles(4, 'Planned', { words: 60 })
  return { ...some, 'copy.md': some['a-1.md'] ?? '' }
}

const spillFolders = () =>
  new Set(readdirSync(tmpdir()).filter((name) => name.startsWith(`winnow-spill-${process.pid}-`)))

describe('canonical articles are built one group at a time, when written', () => {
  it('keeps no record body on the main thread: groups hold summaries, outputs build each article', async () => {
    const cwd = workspace(inputs())
    const result = await runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out') })
    try {
      expect(result.groups.map((group) => group.sources.length).sort()).toEqual([1, 1, 1, 2])
      for (const group of result.groups) {
        for (const field of ['intro', 'items', 'sections', 'text'])
          expect(group.canonical.record, field).not.toHaveProperty(field)
        expect(group.canonical.whole).toBeUndefined()
      }
      // Built from the records on disk: the bodies are there.
      const built = result.groups.map(result.article)
      expect(built.every((article) => article.intro.length > 0)).toBe(true)
      for (const article of built) {
        const json = JSON.parse(result.outputs.get(`${article.slug}.json`) ?? '{}')
        expect(json.intro).toBe(article.intro)
        expect(json.sources).toEqual(article.sources)
      }
      expect(result.articles.map((article) => article.slug)).toEqual(
        built.map((article) => article.slug),
      )
    } finally {
      await result.close()
    }
  })

  it('keeps its spill folder until the result is closed, then removes it', async () => {
    const cwd = workspace(inputs())
    const before = spillFolders()
    const result = await runWinnow({ cwd, inputs: ['input'], out: path.join(cwd, 'out') })
    const made = [...spillFolders()].filter((name) => !before.has(name))
    expect(made).toHaveLength(1)
    const folder = path.join(tmpdir(), made[0] ?? '')
    expect(existsSync(folder)).toBe(true)
    expect([...result.outputs.keys()]).toHaveLength(9)
    await result.close()
    expect(existsSync(folder)).toBe(false)
    // Closed: an article can no longer be built, and says so.
    const first = result.groups[0]
    if (!first) throw new Error('no group')
    expect(() => result.article(first)).toThrow(/was lost .*run again/)
  })
})
