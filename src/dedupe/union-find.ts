/**
 * Disjoint-set forest over the integers 0..size-1 on typed arrays: union by
 * size (ties broken towards the smaller root index, so results never depend
 * on anything but the sequence of unions) and path halving in `find`.
 * Amortized cost per operation is effectively constant; memory is 8 bytes per
 * element.
 */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly size: Int32Array

  constructor(count: number) {
    this.parent = new Int32Array(count)
    this.size = new Int32Array(count).fill(1)
    for (let i = 0; i < count; i++) this.parent[i] = i
  }

  get count(): number {
    return this.parent.length
  }

  find(element: number): number {
    const parent = this.parent
    let x = element
    let p = parent[x] as number
    while (p !== x) {
      const grandparent = parent[p] as number
      parent[x] = grandparent
      x = grandparent
      p = parent[x] as number
    }
    return x
  }

  /** Joins the sets of `a` and `b`; returns false when they were already joined. */
  union(a: number, b: number): boolean {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return false
    const sizeA = this.size[rootA] as number
    const sizeB = this.size[rootB] as number
    if (sizeA < sizeB || (sizeA === sizeB && rootB < rootA)) {
      const swap = rootA
      rootA = rootB
      rootB = swap
    }
    this.parent[rootB] = rootA
    this.size[rootA] = sizeA + sizeB
    return true
  }

  /**
   * The sets as arrays of elements: each array ascending, arrays ordered by
   * their smallest element. Every element appears in exactly one array.
   */
  groups(): number[][] {
    const count = this.parent.length
    const groupOfRoot = new Int32Array(count).fill(-1)
    const groups: number[][] = []
    for (let i = 0; i < count; i++) {
      const root = this.find(i)
      let group = groupOfRoot[root] as number
      if (group === -1) {
        group = groups.length
        groupOfRoot[root] = group
        groups.push([])
      }
      ;(groups[group] as number[]).push(i)
    }
    return groups
  }
}
