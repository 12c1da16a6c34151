import type { CleanPolicy } from '../clean/policy.js'
import { loadPolicy } from '../config/load-policy.js'

/** Flags every command that cleans takes: where the rule policy comes from. */
export const policyFlags = {
  config: { type: 'string' },
  disable: { type: 'string', multiple: true },
  'filter-list': { type: 'string', multiple: true },
} as const

export { policyUsage } from './policy-usage.js'

/** `disabledRules` for the library options, from `--disable`. */
export function disabledFromFlags(values: { readonly disable?: readonly string[] | undefined }): {
  readonly disabledRules?: readonly string[]
} {
  return values.disable === undefined ? {} : { disabledRules: values.disable }
}

/** Build the policy from `--config` and `--filter-list`. */
export function policyFromFlags(
  values: {
    readonly config?: string | undefined
    readonly 'filter-list'?: readonly string[] | undefined
  },
  cwd: string,
): Promise<CleanPolicy> {
  return loadPolicy({
    cwd,
    ...(values.config === undefined ? {} : { config: values.config }),
    ...(values['filter-list'] === undefined ? {} : { filterLists: values['filter-list'] }),
  })
}
