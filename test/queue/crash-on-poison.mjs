// A queue worker that dies (SIGKILL, as the kernel's OOM killer would) on
// every input named poison.md: the poison-input test's worker.
// Usage: node crash-on-poison.mjs REDIS_URL LOCK_MS
import { startQueueWorker } from '../../dist/queue/queue-worker.js'

const [url, lockDuration] = process.argv.slice(2)
const worker = await startQueueWorker({
  url,
  lockDuration: Number(lockDuration),
  onJobStart: (path) => {
    if (path.endsWith('/poison.md')) process.kill(process.pid, 'SIGKILL')
  },
})
process.once('SIGTERM', () => {
  worker.close().then(() => process.exit(0))
})
