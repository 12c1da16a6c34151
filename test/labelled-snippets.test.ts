import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultPolicy, withDisabled } from '../src/clean/policy.js'
import { knownRuleIds } from '../src/config/rule-registry.js'
import { measureSnippets, score } from './helpers/measure-snippets.js'

const folder = path.join(import.meta.dirname, '../fixtures/labelled')

describe('labelled snippets (removal precision and recall)', () => {
  const results = measureSnippets(folder)

  it('has at least 60 snippets, half clutter and half legitimate lookalikes', () => {
    const scores = score(results)
    expect(results.length).toBeGreaterThanOrEqual(60)
    expect(scores.clutter).toBe(scores.legit)
  })

  it('removes every clutter snippet and touches no legitimate one', () => {
    const wrong = results
      .filter((result) => !result.correct)
      .map((result) => `${result.label}/${result.name}: ${result.detail.join(' | ')}`)
    expect(wrong).toEqual([])
    expect(score(results)).toMatchObject({ precision: 1, recall: 1 })
  })

  it('can fail: with every rule off, clutter survives', () => {
    const off = score(measureSnippets(folder, withDisabled(defaultPolicy, knownRuleIds)))
    expect(off.recall).toBeLessThan(0.5)
  })
})
