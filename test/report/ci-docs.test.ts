import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.join(import.meta.dirname, '../..')
const workflow = readFileSync(path.join(root, 'docs/github-actions-winnow.yml'), 'utf8')

interface Step {
  readonly name?: string
  readonly run?: string
  readonly if?: string
}

describe('the GitHub Actions workflow in the docs', () => {
  // The section moved from README.md to docs/ci.md (issue 18).
  it('is the one shown in docs/ci.md', () => {
    const readme = readFileSync(path.join(root, 'docs/ci.md'), 'utf8')
    expect(readme).toContain(`## Use in CI`)
    expect(readme).toContain(`\`\`\`yaml\n${workflow}\`\`\``)
  })

  it('runs winnow clean, commits the output, and fails when clean did not exit 0', () => {
    const parsed = parse(workflow) as {
      jobs: Record<string, { steps: Step[] }>
      permissions: Record<string, string>
    }
    const steps = Object.values(parsed.jobs)[0]?.steps ?? []
    const run = (name: string) => steps.find((step) => step.name === name)
    expect(run('Clean')?.run).toContain('npx winnow clean input --out output')
    expect(run('Commit the refreshed output')?.run).toMatch(/git commit[\s\S]*git push/)
    expect(run('Fail on errors')).toMatchObject({
      if: "steps.clean.outputs.status != '0'",
      run: expect.stringContaining('exit 1'),
    })
    expect(parsed.permissions).toEqual({ contents: 'write' })
  })
})
