import { parentPort, workerData } from 'node:worker_threads'
import type { ResolvedOptions } from '../options.js'
import { failedOutcome, toFileOutcome, transferables } from './file-outcome.js'
import { importGradually } from './import-gradually.js'
import { optionsInWorker } from './worker-options.js'
import type { WorkerReply, WorkerTask } from './worker-protocol.js'

/**
 * A worker of the pool: runs the per-file stages (read → parse → clean →
 * structure → fingerprint) for one input at a time and sends back its
 * outcome. Loaded from the compiled `dist/run/worker.js`.
 */
const port = parentPort
if (!port) throw new Error('winnow: run/worker.js runs in a worker thread only')
const options = await optionsInWorker(workerData as ResolvedOptions)
// Loaded gradually under a low `ulimit -n` (see import-gradually.ts).
const { processFile } = await importGradually<typeof import('../process-file.js')>(
  new URL('../process-file.js', import.meta.url),
)

port.on('message', (task: WorkerTask) => {
  processFile(task.path, options)
    .then(toFileOutcome)
    .catch((error: unknown) =>
      failedOutcome(task.path, `could not process the file: ${describe(error)}`),
    )
    .then((outcome) => {
      const reply: WorkerReply = { type: 'done', id: task.id, outcome }
      port.postMessage(reply, transferables(outcome))
    })
})

const ready: WorkerReply = { type: 'ready' }
port.postMessage(ready)

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
