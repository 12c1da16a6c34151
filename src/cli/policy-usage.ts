/** Help text of the flags in `policyFlags`. */
export const policyUsage = `  --config FILE       rule configuration (default: ./winnow.config.json if present)
  --filter-list FILE  EasyList-syntax filter list to apply (repeatable)
`
