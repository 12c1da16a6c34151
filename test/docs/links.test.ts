import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { docFiles } from './doc-commands.js'

/** Every relative link in README.md and docs/*.md names a file that exists, and a heading there. */

const root = path.join(import.meta.dirname, '../..')

/** GitHub's anchor for a heading. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-')
}

function anchors(file: string): Set<string> {
  const found = new Set<string>()
  let fenced = false
  for (const line of readFileSync(path.join(root, file), 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced
    const heading = /^#+ (.*)$/.exec(line)
    if (!fenced && heading) found.add(anchor(heading[1] ?? ''))
  }
  return found
}

describe('links in README.md and docs/', () => {
  it('is at most 250 lines of README', () => {
    expect(
      readFileSync(path.join(root, 'README.md'), 'utf8').trimEnd().split('\n').length,
    ).toBeLessThanOrEqual(250)
  })

  for (const file of docFiles(root))
    it(`${file}: every relative link resolves`, () => {
      const text = readFileSync(path.join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '')
      const broken: string[] = []
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue
        const [name = '', hash] = target.split('#')
        const linked = name === '' ? file : path.posix.join(path.posix.dirname(file), name)
        // docs/rules.md is generated from the rule registry (issue 15).
        if (linked === 'docs/rules.md' && !existsSync(path.join(root, linked))) continue
        if (!existsSync(path.join(root, linked))) broken.push(`${target} (no file)`)
        else if (hash !== undefined && linked.endsWith('.md') && !anchors(linked).has(hash))
          broken.push(`${target} (no heading)`)
      }
      expect(broken).toEqual([])
    })
})
