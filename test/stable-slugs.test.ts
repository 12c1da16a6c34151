import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runToMemory } from './helpers/run-to-memory.js'

/** A short article with its own words, so no two of them are copies. */
function page(title: string, topic: string, url?: string): string {
  const words = Array.from({ length: 60 }, (_, index) => `${topic}${index % 17}`).join(' ')
  const front = url === undefined ? '' : `url: ${url}\n`
  return `---\ntitle: ${title}\n${front}---\n\n${words}.\n\nMore about ${topic}: ${words}.\n`
}

const pages: Record<string, string> = {
  'b.md': page('宇航员在太空中喝酒', 'astronaut'),
  'c.md': page('海外留学生看两会', 'student', 'https://example.cn/edu/overseas-students/'),
  'd.md': page('Weather in Oslo', 'rain'),
  'e.md': page('Weather in Oslo', 'snow'),
}

async function slugsOf(files: Record<string, string>): Promise<Map<string, string>> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'winnow-slugs-'))
  mkdirSync(path.join(cwd, 'input'))
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(cwd, 'input', name), text)
  const result = await runToMemory(cwd)
  return new Map(result.articles.map((article) => [article.sources[0]?.path ?? '', article.slug]))
}

describe('slugs across runs', () => {
  it('adding an unrelated page renames no existing output', async () => {
    const before = await slugsOf(pages)
    const after = await slugsOf({ 'a.md': page('中文标题', 'harbour'), ...pages })
    expect(before.size).toBe(4)
    expect(after.size).toBe(5)
    for (const [source, slug] of before) expect(after.get(source)).toBe(slug)
    expect(new Set(after.values()).size).toBe(5)
  })
  it('non-Latin titles get a URL segment or a short hash, never a counter', async () => {
    const slugs = [...(await slugsOf(pages)).values()]
    expect(slugs).toContain('overseas-students')
    expect(slugs.filter((slug) => /^weather-in-oslo-[0-9a-f]{8}$/.test(slug))).toHaveLength(2)
    expect(slugs.some((slug) => /^article-[0-9a-f]{8}$/.test(slug))).toBe(true)
    expect(slugs.some((slug) => /-\d$/.test(slug))).toBe(false)
  })
})
