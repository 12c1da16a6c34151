import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ruleRegistry } from '../src/config/rule-registry.js'

/** Where the generated rules table lives. */
export const RULES_DOC = path.join(path.dirname(fileURLToPath(import.meta.url)), '../docs/rules.md')

/** `docs/rules.md`: one row per registered rule, in pipeline order. */
export function rulesDoc(): string {
  const rows = ruleRegistry.map((rule) => {
    const options = (rule.options ?? []).map((key) => `\`${key}\``).join(', ')
    return `| \`${rule.id}\` | ${rule.stage} | ${cell(rule.description)} | ${options} |`
  })
  return `${[
    '# Rules',
    '',
    '<!-- Generated from the rule registry (src/config/rule-registry.ts) by `npm run docs:rules`; do not edit. -->',
    '',
    'Every removal or repair is a vfile message with `source: "winnow"` and one of these rule ids.',
    'Each rule can be turned off with `--disable RULE` or `"rules": { "RULE": false }` in',
    '`winnow.config.json`; an id not in this table is refused. Rules run in this order, by stage:',
    '`read` (before parsing), `extract` (choosing the article in a page), `hast` (cleaning the',
    "article's tree), `structure` (building the record), `canonical` (across the whole set).",
    '',
    '| rule id | stage | removes or repairs | config keys |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')}\n`
}

/** Text that a table cell can hold: one line, no bare pipe. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(RULES_DOC, rulesDoc())
  console.log(`wrote ${path.relative(process.cwd(), RULES_DOC)} (${ruleRegistry.length} rules)`)
}
