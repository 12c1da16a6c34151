import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { selectAll } from 'hast-util-select'
import { type CleanPolicy, defaultPolicy } from '../clean/policy.js'
import { CUSTOM_SELECTOR_RULE } from '../clean/rules/element-rules.js'
import { UsageError } from '../messages/usage-error.js'
import { configSchema, type WinnowConfig } from './config-schema.js'
import { checkRuleIds } from './rule-registry.js'

export const CONFIG_FILE = 'winnow.config.json'

let validator: ValidateFunction<WinnowConfig> | undefined

/** The config validator, compiled when a config is first read (Ajv is not loaded otherwise). */
async function configValidator(): Promise<ValidateFunction<WinnowConfig>> {
  if (!validator) {
    const { Ajv } = await import('ajv')
    validator = new Ajv({ allErrors: true }).compile<WinnowConfig>(configSchema)
  }
  return validator
}

export interface LoadPolicyOptions {
  /** A config file; when left out, `winnow.config.json` in `cwd` is read if it exists. */
  readonly config?: string
  /** EasyList-syntax filter list files (besides the config's). */
  readonly filterLists?: readonly string[]
  readonly cwd: string
}

/** Build the cleaning policy from the built-in catalogue, a config file and filter lists. */
export async function loadPolicy(options: LoadPolicyOptions): Promise<CleanPolicy> {
  const configPath = options.config
    ? path.resolve(options.cwd, options.config)
    : path.join(options.cwd, CONFIG_FILE)
  const config = await readConfig(configPath, { required: options.config !== undefined })
  const label = path.relative(options.cwd, configPath) || configPath
  const disabled = new Set<string>()
  const rules = Object.entries(config.rules ?? {})
  checkRuleIds(
    rules.map(([id]) => id),
    { file: label, source: '"rules"' },
  )
  for (const [id, on] of rules) if (!on) disabled.add(id)
  const customRules = (config.removeSelectors ?? []).map((entry, index) => {
    const selector = typeof entry === 'string' ? entry : entry.selector
    try {
      selectAll(selector, { type: 'root', children: [] })
    } catch (error) {
      throw new UsageError(
        `${label}: "removeSelectors[${index}]" is not a CSS selector winnow can use: ${selector} (${error instanceof Error ? error.message : String(error)})`,
      )
    }
    const reason =
      typeof entry === 'string' || entry.reason === undefined
        ? `Unexpected element matched by \`${selector}\` from ${label}, expected article content`
        : entry.reason
    return { id: CUSTOM_SELECTOR_RULE, selector, reason }
  })
  const listFiles = [
    ...(config.filterLists ?? []).map((file) => path.resolve(path.dirname(configPath), file)),
    ...(options.filterLists ?? []).map((file) => path.resolve(options.cwd, file)),
  ]
  const lists = await Promise.all(
    listFiles.map((file) =>
      readFile(file, 'utf8').catch((error: unknown) => {
        throw new UsageError(
          `cannot read filter list ${path.relative(options.cwd, file)}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }),
    ),
  )
  return {
    disabled,
    elementRules: [...defaultPolicy.elementRules, ...customRules],
    markerComments: {
      begin: config.markerComments?.begin ?? [],
      end: config.markerComments?.end ?? [],
    },
    linkListLabels: config.linkListLabels ?? [],
    affiliateHosts: config.affiliateHosts ?? [],
    ...(lists.length > 0
      ? {
          // The filter engine is loaded only when there are lists to apply.
          filterLists: (await import('../clean/filter-lists.js')).parseFilterLists(lists),
          filterListTexts: lists,
          filterListsHash: createHash('sha256').update(lists.join('\0')).digest('hex'),
        }
      : {}),
  }
}

async function readConfig(
  file: string,
  options: { readonly required: boolean },
): Promise<WinnowConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!options.required) return {}
    throw new UsageError(
      `cannot read config ${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const validate = await configValidator()
  if (!validate(value)) throw new UsageError(`${file}: ${describe(validate.errors ?? [])}`)
  return value
}

/** Ajv's errors as one line that names the bad key. */
function describe(errors: readonly ErrorObject[]): string {
  const first = errors.find((error) => error.keyword === 'additionalProperties') ?? errors[0]
  if (!first) return 'invalid config'
  const at = first.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : 'the top level'
  if (first.keyword === 'additionalProperties') {
    return `unknown key '${String(first.params.additionalProperty)}' at ${at}; allowed: ${Object.keys(
      configSchema.properties,
    )
      .filter((key) => key !== '$schema')
      .join(', ')}`
  }
  return `'${at}' ${first.message ?? 'is invalid'}`
}
