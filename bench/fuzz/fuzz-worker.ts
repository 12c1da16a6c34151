/** The fuzzer's worker thread: checks documents one at a time, so a hang can be cut off. */
import { parentPort } from 'node:worker_threads'
import { checkDocument } from './check-document.js'

parentPort?.on('message', async (job: { id: number; name: string; text: string }) => {
  const verdict = await checkDocument(job.text, job.name)
  parentPort?.postMessage({ id: job.id, verdict })
})
