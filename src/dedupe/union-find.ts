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
    const labels = new Int32Array(this.parent.length)
    for (let i = 0; i < labels.length; i++) labels[i] = this.find(i)
    return groupByLabel(labels, labels.length)
  }
}

/**
 * Groups positions 0..labels.length-1 by label (each label in
 * 0..labelCount-1): arrays ascending, ordered by their first position.
 * Arrays are allocated at their exact size (singletons as literals), which
 * matters when there are a million of them.
 */
export function groupByLabel(labels: Int32Array, labelCount: number): number[][] {
  const count = labels.length
  const groupOfLabel = new Int32Array(labelCount).fill(-1)
  const groupOf = new Int32Array(count)
  const sizes: number[] = []
  for (let i = 0; i < count; i++) {
    const label = labels[i] as number
    let group = groupOfLabel[label] as number
    if (group === -1) {
      group = sizes.length
      groupOfLabel[label] = group
      sizes.push(0)
    }
    groupOf[i] = group
    sizes[group] = (sizes[group] as number) + 1
  }
  const groups: number[][] = new Array(sizes.length)
  const filled = new Int32Array(sizes.length)
  for (let i = 0; i < count; i++) {
    const group = groupOf[i] as number
    const size = sizes[group] as number
    if (size === 1) {
      groups[group] = [i]
      continue
    }
    let members = groups[group]
    if (members === undefined) {
      members = new Array<number>(size)
      groups[group] = members
    }
    members[filled[group] as number] = i
    filled[group] = (filled[group] as number) + 1
  }
  return groups
}
