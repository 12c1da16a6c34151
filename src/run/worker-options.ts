import type { ResolvedOptions } from '../options.js'

/**
 * The options as a worker thread gets them: plain data only. A parsed filter
 * engine holds functions and cannot cross threads, so it is left out; its
 * text (`policy.filterListTexts`) goes instead, and each worker parses it once
 * (see `optionsInWorker`).
 */
export function optionsForWorker(options: ResolvedOptions): ResolvedOptions {
  const { filterLists: _engine, ...policy } = options.policy
  return { ...options, policy }
}

/** The options in a worker: the filter engine rebuilt from the lists' text, once per worker. */
export async function optionsInWorker(data: ResolvedOptions): Promise<ResolvedOptions> {
  const texts = data.policy.filterListTexts
  if (!texts || texts.length === 0) return data
  const { parseFilterLists } = await import('../clean/filter-lists.js')
  return { ...data, policy: { ...data.policy, filterLists: parseFilterLists(texts) } }
}
