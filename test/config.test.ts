import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../src/config/load-policy.js'
import { UsageError } from '../src/options.js'

const root = path.join(import.meta.dirname, '..')
const folder = path.join(root, 'fixtures/config')

function explain(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/winnow.js'), 'explain', ...args], {
    cwd: folder,
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

interface Removal {
  readonly ruleId: string
  readonly line: number
  readonly preview: string
}

describe('winnow.config.json and filter lists', () => {
  it('adds selectors, markers, labels, affiliate hosts and filter lists, and turns rules off', () => {
    const run = explain('article.md', '--format', 'json')
    expect(run.code, run.stderr).toBe(0)
    const [entry] = JSON.parse(run.stdout) as [{ removals: Removal[] }]
    const byRule = (id: string) =>
      entry.removals.filter((removal) => removal.ruleId === id).map((removal) => removal.line)
    expect(byRule('custom-selector')).toEqual([7])
    expect(byRule('marker-block')).toEqual([9])
    expect(byRule('link-list')).toEqual([13])
    expect(byRule('affiliate-link')).toEqual([18])
    expect(byRule('filter-list').sort((a, b) => a - b)).toEqual([22, 24, 26])
    expect(byRule('ui-residue')).toEqual([])
  })

  it('without the config, none of that is removed', () => {
    const run = explain(
      'article.md',
      '--format',
      'json',
      '--config',
      path.join(root, 'fixtures/config/empty.json'),
    )
    expect(run.code).toBe(64)
    expect(run.stderr).toContain('cannot read config')
  })

  it('names the bad key, the unknown rule and the bad selector', async () => {
    await expect(loadPolicy({ cwd: folder, config: 'bad-key.config.json' })).rejects.toThrow(
      /unknown key 'rule' at the top level/,
    )
    await expect(loadPolicy({ cwd: folder, config: 'bad-rule.config.json' })).rejects.toThrow(
      /unknown rule 'no-such-rule' in "rules"/,
    )
    await expect(loadPolicy({ cwd: folder, config: 'bad-selector.config.json' })).rejects.toThrow(
      /"removeSelectors\[1\]"/,
    )
    await expect(loadPolicy({ cwd: folder, config: 'bad-key.config.json' })).rejects.toBeInstanceOf(
      UsageError,
    )
  })

  it('explain prints file:line:col, rule id, reason and a preview', () => {
    const run = explain('article.md')
    expect(run.stdout).toMatch(
      /^article\.md:7:1\s+custom-selector\s+Unexpected element matched by `\.house-promo`.*"Our own promo box/m,
    )
    expect(run.stdout).toMatch(/\d+ removals in 1 file\n$/)
  })

  it('a config with a bad key is a usage error for the CLI', () => {
    const run = explain('article.md', '--config', 'bad-key.config.json')
    expect(run.code).toBe(64)
    expect(run.stderr).toContain("unknown key 'rule'")
  })
})
