/** Help text of the flags in `policyFlags`. */
export const policyUsage = `  --disable RULE      turn a rule off (repeatable; ids in docs/rules.md)
  --config FILE       rule configuration (default: ./winnow.config.json if present)
  --filter-list FILE  EasyList-syntax filter list to apply (repeatable)
`
