import { describe, expect, it } from 'vitest'
import {
  candidateProbability,
  lshParameters,
  MIN_CANDIDATE_PROBABILITY,
} from '../../src/dedupe/index.js'

const thresholds = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05)

describe('lshParameters', () => {
  it('uses at most numPermutations slots and at least one band and row', () => {
    for (const n of [16, 64, 100, 128, 256]) {
      for (const t of thresholds) {
        const { bands, rows } = lshParameters(t, n)
        expect(bands).toBeGreaterThanOrEqual(1)
        expect(rows).toBeGreaterThanOrEqual(1)
        expect(bands * rows).toBeLessThanOrEqual(n)
        expect(bands).toBe(Math.floor(n / rows))
      }
    }
  })

  it('finds a pair at the threshold with probability >= 0.99', () => {
    expect(MIN_CANDIDATE_PROBABILITY).toBe(0.99)
    for (const t of thresholds.filter((t) => t >= 0.2)) {
      const { bands, rows } = lshParameters(t, 128)
      expect(candidateProbability(t, bands, rows)).toBeGreaterThanOrEqual(0.99)
    }
  })

  it('picks the largest qualifying row count', () => {
    for (const t of thresholds.filter((t) => t >= 0.2)) {
      const { rows } = lshParameters(t, 128)
      const more = rows + 1
      if (more <= 128) {
        expect(candidateProbability(t, Math.floor(128 / more), more)).toBeLessThan(0.99)
      }
    }
  })

  it('is monotonic: higher thresholds never use fewer rows or more bands', () => {
    let previous = lshParameters(thresholds[0] as number, 128)
    for (const t of thresholds.slice(1)) {
      const current = lshParameters(t, 128)
      expect(current.rows).toBeGreaterThanOrEqual(previous.rows)
      expect(current.bands).toBeLessThanOrEqual(previous.bands)
      previous = current
    }
    expect(lshParameters(0.3, 128)).toEqual({ bands: 64, rows: 2 })
    expect(lshParameters(0.5, 128)).toEqual({ bands: 42, rows: 3 })
    expect(lshParameters(0.8, 128)).toEqual({ bands: 21, rows: 6 })
    expect(lshParameters(1, 128)).toEqual({ bands: 1, rows: 128 })
  })

  it('falls back to single-row bands when nothing reaches 0.99, and validates input', () => {
    expect(lshParameters(0.01, 128)).toEqual({ bands: 128, rows: 1 })
    expect(() => lshParameters(1.5, 128)).toThrow(RangeError)
    expect(() => lshParameters(0.5, 0)).toThrow(RangeError)
  })
})
