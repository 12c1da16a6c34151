import { describe, expect, it } from 'vitest'
import { UnionFind } from '../../src/dedupe/union-find.js'

describe('UnionFind', () => {
  it('joins sets transitively and reports redundant unions', () => {
    const uf = new UnionFind(6)
    expect(uf.union(0, 3)).toBe(true)
    expect(uf.union(3, 5)).toBe(true)
    expect(uf.union(5, 0)).toBe(false)
    expect(uf.find(5)).toBe(uf.find(0))
    expect(uf.find(1)).not.toBe(uf.find(0))
    expect(uf.groups()).toEqual([[0, 3, 5], [1], [2], [4]])
  })

  it('produces the same groups for any union order', () => {
    const pairs: [number, number][] = [
      [7, 2],
      [2, 9],
      [4, 1],
      [9, 0],
      [1, 8],
    ]
    const a = new UnionFind(10)
    for (const [x, y] of pairs) a.union(x, y)
    const b = new UnionFind(10)
    for (const [x, y] of [...pairs].reverse()) b.union(y, x)
    expect(a.groups()).toEqual(b.groups())
    expect(a.groups()).toEqual([[0, 2, 7, 9], [1, 4, 8], [3], [5], [6]])
  })
})
