export type { ArticleSource, CanonicalArticle } from './canonical/canonical-article.js'
export { EXIT } from './cli/exit-codes.js'
export { main } from './cli/main.js'
export { type QueueOptions, UsageError, type WinnowOptions } from './options.js'
export { type RunResult, runWinnow } from './pipeline.js'
export {
  type QueueWorker,
  type QueueWorkerOptions,
  startQueueWorker,
} from './queue/queue-worker.js'
export type * from './types.js'
export { planOutputs } from './write/plan-outputs.js'
export type { ReportCluster, ReportInput, RunReport } from './write/run-report.js'
export { writeOutputs } from './write/write-outputs.js'
