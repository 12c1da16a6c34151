/**
 * `node --expose-gc --import tsx bench/queue/signature-memory.ts`: bytes a
 * coordinator holds per input for its fingerprint alone (the 128-slot
 * signature, its exact key and token count), for the sizing in
 * docs/many-machines.md. Run with --expose-gc for a steady figure.
 */
import { fingerprint } from '../../src/dedupe/index.js'

const COUNT = 100_000
const kept: unknown[] = []
const gc = (globalThis as { gc?: () => void }).gc
gc?.()
const before = process.memoryUsage()
for (let index = 0; index < COUNT; index++)
  kept.push(fingerprint(`an article body number ${index}, ${index * 7} and ${index * 13} words`))
gc?.()
const after = process.memoryUsage()
const heap = (after.heapUsed - before.heapUsed) / COUNT
const buffers = (after.arrayBuffers - before.arrayBuffers) / COUNT
console.log(
  `${kept.length} fingerprints: ${(heap + buffers).toFixed(0)} bytes each (${heap.toFixed(0)} heap + ${buffers.toFixed(0)} signature buffers) = ${(((heap + buffers) * 1e6) / 1e9).toFixed(2)} GB per million inputs${gc ? '' : ' (run with --expose-gc for a steady figure)'}`,
)
