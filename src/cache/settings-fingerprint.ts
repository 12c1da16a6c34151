import { createHash } from 'node:crypto'
import type { ResolvedOptions } from '../options.js'

/**
 * A hash of everything in the options that changes what one file becomes:
 * the rule policy (with the filter lists' text), the size limit and the
 * front-matter bounds. Options that only affect grouping are left out, so
 * changing `--threshold` reuses every cached file.
 */
export function settingsFingerprint(
  options: Pick<ResolvedOptions, 'policy' | 'maxBytes' | 'frontMatterLimits'>,
): string {
  const { policy } = options
  const settings = {
    disabled: [...policy.disabled].sort(),
    elementRules: policy.elementRules.map((rule) => [
      rule.id,
      rule.selector,
      rule.reason,
      rule.textPattern?.source ?? '',
    ]),
    markerComments: policy.markerComments,
    linkListLabels: policy.linkListLabels,
    affiliateHosts: policy.affiliateHosts,
    filterLists: policy.filterListsHash ?? '',
    maxBytes: options.maxBytes,
    frontMatterLimits: options.frontMatterLimits,
  }
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16)
}
