import type { FromSchema } from 'json-schema-to-ts'
import { knownRuleIds } from './rule-registry.js'

/** One boolean key per registered rule, for editors and the docs. */
const ruleKeys = Object.fromEntries(knownRuleIds.map((id) => [id, { type: 'boolean' } as const]))

/**
 * JSON Schema of `winnow.config.json`. Every key is optional; unknown keys
 * are errors (an unknown rule id is named by `checkRuleIds`, with the list of
 * known ones).
 */
export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: {
      type: 'object',
      description: 'Turn rules on (true) or off (false) by id.',
      properties: ruleKeys,
      additionalProperties: { type: 'boolean' },
    },
    removeSelectors: {
      type: 'array',
      description: 'Extra CSS selectors whose elements are removed, reported as `custom-selector`.',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['selector'],
            properties: {
              selector: { type: 'string', minLength: 1 },
              reason: { type: 'string', minLength: 1 },
            },
          },
        ],
      },
    },
    markerComments: {
      type: 'object',
      additionalProperties: false,
      description: 'Extra marker-comment texts, matched inside a comment ignoring case.',
      properties: {
        begin: { type: 'array', items: { type: 'string', minLength: 1 } },
        end: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    linkListLabels: {
      type: 'array',
      description:
        'Extra labels that introduce a link list, matched as the whole label ignoring case.',
      items: { type: 'string', minLength: 1 },
    },
    affiliateHosts: {
      type: 'array',
      description: 'Extra affiliate hosts; each matches itself and its subdomains.',
      items: { type: 'string', pattern: '^[a-z0-9.-]+$' },
    },
    filterLists: {
      type: 'array',
      description: 'EasyList-syntax filter list files, relative to the config file.',
      items: { type: 'string', minLength: 1 },
    },
  },
} as const

/** A parsed `winnow.config.json`: derived from its schema, never written twice. */
export type WinnowConfig = FromSchema<typeof configSchema>
