// Starts the fuzzer's worker thread on the TypeScript sources, through tsx.
import { register } from 'tsx/esm/api'

register()
await import('./fuzz-worker.ts')
