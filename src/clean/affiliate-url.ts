import { affiliateHosts, affiliateParameters, amazonHostPattern } from './rules/affiliate.js'

const parameterNames = new Set(affiliateParameters)

/** Whether a link target is an affiliate link, by host or by query parameter. */
export function isAffiliateUrl(href: string, extraHosts: readonly string[] = []): boolean {
  let url: URL
  try {
    url = new URL(href, 'https://relative.invalid/')
  } catch {
    return false
  }
  const host = url.hostname.toLowerCase()
  const matches = (known: string) => host === known || host.endsWith(`.${known}`)
  if (affiliateHosts.some(matches) || extraHosts.some(matches)) return true
  for (const name of url.searchParams.keys()) {
    if (parameterNames.has(name.toLowerCase())) return true
  }
  return amazonHostPattern.test(host) && url.searchParams.has('tag')
}
