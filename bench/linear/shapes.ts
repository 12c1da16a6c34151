/**
 * `npm run bench:linear`: the per-file stages on pathological Markdown and
 * HTML shapes at N, 2N and 4N, and the ratio of each doubling. Every stage
 * must be linear in input size, or bounded by a named limit: a doubling
 * should cost about 2×, never 4×.
 *
 *   npm run bench:linear [-- --size 400000] [--runs 3] [--only REGEXP]
 *
 * `--size` is the largest input in bytes (4N); the shapes are built up to it.
 */
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { resolveOptions } from '../../src/options.js'
import { cleanText } from '../../src/process-file.js'
import { buildRecord } from '../../src/structure/build-record.js'
import { median } from '../median.js'
import { pathologicalShapes } from './pathological-shapes.js'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '400000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
})
const largest = Number(values.size)
const runs = Number(values.runs)
const options = resolveOptions({})

/**
 * CPU seconds (user + system) of the per-file stages on one text, median of
 * `runs`: CPU time, not wall time, so that other work on a shared machine
 * does not skew the ratios.
 */
function time(text: string): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage()
    const file = new VFile({ path: 'shape.md', value: text })
    const { mdast, metadata } = cleanText(text, file, options)
    buildRecord(mdast, { metadata, fallbackTitle: 'shape' })
    const used = process.cpuUsage(started)
    times.push((used.user + used.system) / 1e6)
  }
  return median(times)
}

console.log(
  `CPU seconds per shape\nshape                          ${'N'.padStart(9)} ${'s'.padStart(7)}   2N ratio   4N ratio   s at 4N`,
)
// Warm up: load every stage's modules and compile the hot paths first.
for (const shape of pathologicalShapes) time(shape.build(4000))
let worst = 0
const only = values.only === undefined ? undefined : new RegExp(values.only)
for (const shape of pathologicalShapes) {
  if (only && !only.test(shape.name)) continue
  const sizes = [largest / 4, largest / 2, largest]
  const seconds = sizes.map((size) => time(shape.build(size)))
  const [one = 0, two = 0, four = 0] = seconds
  const ratios = [two / Math.max(one, 1e-6), four / Math.max(two, 1e-6)]
  worst = Math.max(worst, ...ratios)
  console.log(
    `${shape.name.padEnd(30)} ${String(sizes[0]).padStart(9)} ${one.toFixed(3).padStart(7)}   ${ratios[0]?.toFixed(2).padStart(8)}   ${ratios[1]?.toFixed(2).padStart(8)}   ${four.toFixed(3).padStart(7)}`,
  )
}
console.log(
  `worst doubling ratio: ${worst.toFixed(2)} (target ≤ 2.2; each shape under 2 s at ${largest} bytes)`,
)
