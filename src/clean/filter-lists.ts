import { FiltersEngine, Request } from '@ghostery/adblocker'

/**
 * EasyList-syntax filter lists, parsed once per run by a maintained parser
 * (@ghostery/adblocker). winnow ships no list: users pass their own with
 * `--filter-list FILE`.
 */
export interface FilterLists {
  /** Whether a URL (of an image, link, iframe or script) is blocked. */
  readonly blocksUrl: (
    url: string,
    options: {
      readonly type: 'image' | 'script' | 'sub_frame' | 'other'
      readonly pageUrl?: string
    },
  ) => boolean
  /** CSS selectors of element-hiding rules that apply to a page with these classes and ids. */
  readonly hidingSelectors: (page: {
    readonly pageUrl?: string
    readonly classes: readonly string[]
    readonly ids: readonly string[]
    readonly hrefs: readonly string[]
  }) => string[]
}

/** Parse the text of one or more filter lists into one engine. */
export function parseFilterLists(lists: readonly string[]): FilterLists {
  const engine = FiltersEngine.parse(lists.join('\n'), {
    loadCosmeticFilters: true,
    loadNetworkFilters: true,
  })
  return {
    blocksUrl(url, { type, pageUrl }) {
      if (!/^(?:https?:)?\/\//i.test(url)) return false
      const absolute = url.startsWith('//') ? `https:${url}` : url
      const request = Request.fromRawDetails({
        url: absolute,
        type,
        ...(pageUrl ? { sourceUrl: pageUrl } : {}),
      })
      return engine.match(request).match
    },
    hidingSelectors({ pageUrl, classes, ids, hrefs }) {
      let hostname = ''
      try {
        hostname = pageUrl ? new URL(pageUrl).hostname : ''
      } catch {
        hostname = ''
      }
      const { styles } = engine.getCosmeticsFilters({
        url: pageUrl ?? '',
        hostname,
        domain: hostname,
        classes: [...classes],
        ids: [...ids],
        hrefs: [...hrefs],
        getBaseRules: true,
        getInjectionRules: false,
        getExtendedRules: false,
        getRulesFromHostname: hostname !== '',
        getRulesFromDOM: true,
      })
      return selectorsFromStyles(styles)
    },
  }
}

/** `a, b { display: none !important; }` blocks → their selectors, one by one. */
function selectorsFromStyles(styles: string): string[] {
  const selectors: string[] = []
  for (const match of styles.matchAll(/([^{}]+)\{[^}]*\}/g)) {
    for (const selector of (match[1] ?? '').split(/,(?![^(]*\))/)) {
      const trimmed = selector.trim()
      if (trimmed) selectors.push(trimmed)
    }
  }
  return [...new Set(selectors)].sort()
}
