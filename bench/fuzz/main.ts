/**
 * `npm run fuzz -- --minutes N`: mutate the samples, the fixtures and (when
 * ../shared is there) real pages, run each mutant through winnow in a worker
 * thread, and report crashes, hangs (winnow's run past the time limit, or no
 * answer within three times it), and unsafe outputs
 * (script, event handlers or javascript:/data: URLs once a CommonMark renderer
 * that passes raw HTML reads them). Each finding is saved under
 * `.winnow-fuzz/` with its verdict. Exit status 1 when anything was found.
 *
 *   npm run fuzz -- [--minutes 1] [--seed 1] [--time-limit 10000] [--no-corpus]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { seededRandom } from '../run/scraped-article.js'
import type { Verdict } from './check-document.js'
import { mutate } from './mutate.js'
import { loadSeeds } from './seeds.js'
import { xssVectors } from './xss-vectors.js'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'time-limit': { type: 'string', default: '10000' },
    'no-corpus': { type: 'boolean', default: false },
  },
})
const deadline = Date.now() + Number(values.minutes) * 60_000
const timeLimit = Number(values['time-limit'])
const random = seededRandom(Number(values.seed))
const seeds = loadSeeds({ corpus: !values['no-corpus'] })
const findings = path.join(import.meta.dirname, '../../.winnow-fuzz')

let worker = start()
let next = 0
const counts = { documents: 0, crashes: 0, hangs: 0, unsafe: 0 }

function start(): Worker {
  return new Worker(new URL('./fuzz-worker.mjs', import.meta.url))
}

function check(text: string, name: string): Promise<Verdict | 'hang'> {
  const id = next++
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.off('message', onMessage)
      void worker.terminate()
      worker = start()
      resolve('hang')
    }, 3 * timeLimit)
    const onMessage = (message: { id: number; verdict: Verdict }) => {
      if (message.id !== id) return
      clearTimeout(timer)
      worker.off('message', onMessage)
      resolve(message.verdict)
    }
    worker.on('message', onMessage)
    worker.postMessage({ id, name, text })
  })
}

function save(kind: string, name: string, text: string, detail: string): void {
  mkdirSync(findings, { recursive: true })
  const base = path.join(findings, `${kind}-${counts.documents}-${name}`)
  writeFileSync(base, text)
  writeFileSync(`${base}.txt`, detail)
  console.log(`  ${kind}: ${path.relative(process.cwd(), base)}: ${detail.split('\n')[0]}`)
}

console.log(
  `fuzz: ${seeds.length} seed pages, ${values.minutes} min, seed ${values.seed}, time limit ${timeLimit} ms`,
)
while (Date.now() < deadline && seeds.length > 0) {
  const seed = seeds[Math.floor(random.float() * seeds.length)]
  if (!seed) break
  const text = mutate(seed.text, random, { pieces: xssVectors })
  counts.documents++
  const verdict = await check(text, seed.name)
  if (verdict === 'hang' || verdict.seconds * 1000 > timeLimit) {
    counts.hangs++
    const detail =
      verdict === 'hang'
        ? `no answer within ${3 * timeLimit} ms`
        : `winnow took ${verdict.seconds.toFixed(1)} s`
    save('hang', seed.name, text, detail)
    continue
  }
  if (verdict.crash !== undefined) {
    counts.crashes++
    save('crash', seed.name, text, verdict.crash)
  }
  if (verdict.unsafe.length > 0) {
    counts.unsafe++
    save('unsafe', seed.name, text, verdict.unsafe.join('\n'))
  }
}
await worker.terminate()
console.log(
  `fuzz: ${counts.documents} documents, ${counts.crashes} crashes, ${counts.hangs} hangs past ${timeLimit} ms, ${counts.unsafe} unsafe outputs`,
)
process.exitCode = counts.crashes + counts.hangs + counts.unsafe > 0 ? 1 : 0
