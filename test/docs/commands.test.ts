import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type DocCommand, docCommands } from './doc-commands.js'

/**
 * Every command shown in README.md and docs/*.md (see doc-commands.ts) is
 * run here, or, where it needs the network, Redis, Docker or minutes of
 * benchmark, checked for what it names: the npm script, its flags, the file.
 * A command of a kind this test does not know fails it, so the docs cannot
 * show a command nobody checks.
 */

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const scripts: Record<string, string> = manifest.scripts
const temporary: string[] = []

afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The samples and their committed output, in a git repository (for `--since HEAD`). */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-docs-'))
  temporary.push(dir)
  for (const folder of ['input', 'output'])
    cpSync(path.join(root, folder), path.join(dir, folder), { recursive: true })
  const git = (...args: string[]) =>
    expect(spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).status).toBe(0)
  git('init', '-q')
  git('add', '.')
  git('-c', 'user.name=docs', '-c', 'user.email=docs@example.invalid', 'commit', '-qm', 'samples')
  return dir
}

/** `winnow …`, `npx winnow …` or `node bin/winnow.js …`: the arguments, else undefined. */
function winnowArgs(command: string): string[] | undefined {
  const words = command.split(/\s+/)
  if (words[0] === 'winnow') return words.slice(1)
  if (words[0] === 'npx' && words[1] === 'winnow') return words.slice(2)
  if (words[0] === 'node' && words[1] === 'bin/winnow.js') return words.slice(2)
  return undefined
}

function winnow(cwd: string, args: readonly string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
}

/** The flags a command takes, from its `--help`. */
function helpOf(command: string): string {
  return winnow(root, [command, '--help']).stdout
}

/** Check one documented command; returns how. */
function check(entry: DocCommand): string {
  const { command } = entry
  const args = winnowArgs(command)
  if (args) {
    if (command.includes('redis://')) {
      // Needs a Redis server: every flag must be one the command takes.
      const help = helpOf(args[0] ?? '')
      for (const flag of args.filter((arg) => arg.startsWith('--'))) expect(help).toContain(flag)
      return 'flags checked (needs Redis)'
    }
    const run = winnow(workspace(), args)
    expect(run.status, `${command}\n${run.stderr}`).toBe(0)
    return 'run'
  }
  const words = command.split(/\s+/)
  if (command === 'npm ci') return 'npm builtin'
  if (command === 'npm start' || command === 'npm test') {
    expect(scripts[words[1] ?? '']).toBeDefined()
    return 'script exists (run by npm test and the output test)'
  }
  if (words[0] === 'npm' && words[1] === 'run') {
    const script = scripts[words[2] ?? '']
    expect(script, command).toBeDefined()
    const flags = words.slice(3).filter((word) => word.startsWith('--') && word !== '--')
    const source = /tsx (\S+)/.exec(script ?? '')?.[1]
    if (flags.length > 0) {
      expect(source, `${command}: flags need a tsx script to check`).toBeDefined()
      const text = readFileSync(path.join(root, source ?? ''), 'utf8')
      for (const flag of flags) expect(text, `${command}: ${flag}`).toContain(flag.slice(2))
    }
    return 'script exists (a benchmark: minutes, or ../shared corpora)'
  }
  if (command.startsWith('npm install --save-dev ./')) {
    expect(command).toContain(`${manifest.name}-${manifest.version}.tgz`)
    expect(existsSync(path.join(root, 'test/package/pack-install.test.ts'))).toBe(true)
    return 'done by test/package/pack-install.test.ts'
  }
  if (command.startsWith('npm install --save-dev git+')) {
    // Needs the network. npm runs `prepare` after a git install: it must build dist/.
    expect(scripts.prepare).toContain('build')
    return 'prepare builds dist/ (needs the network)'
  }
  if (command.startsWith('docker compose ')) {
    const file = /-f (\S+)/.exec(command)?.[1] ?? ''
    const compose = readFileSync(path.join(root, file), 'utf8')
    const services = command.replace(/^.* (up -d --build|run --rm) /, '').split(/\s+/)
    for (const service of services) expect(compose).toMatch(new RegExp(`^  ${service}:`, 'm'))
    return 'compose file and services exist (needs Docker; test/queue/compose.test.ts checks the file)'
  }
  if (command === 'npm run build') return 'script exists'
  if (command.startsWith('export REDIS_PASSWORD=')) return 'shell setup'
  throw new Error(`${entry.file}:${entry.line}: no check for '${command}': add one here`)
}

describe('commands in README.md and docs/', () => {
  const commands = docCommands(root)

  it('finds the commands of the Quick start', () => {
    const quickStart = commands
      .filter((entry) => entry.file === 'README.md')
      .map((entry) => entry.command)
    expect(quickStart.slice(0, 3)).toEqual(['npm ci', 'npm start', 'npm test'])
  })

  for (const entry of commands)
    it(`${entry.file}:${entry.line}: ${entry.command}`, () => {
      expect(check(entry)).not.toBe('')
    }, 60_000)
})
