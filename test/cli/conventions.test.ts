import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/** The CLI conventions of issue 18, each as exit code, stream and message (remark-cli and eslint agree on them). */

const root = path.join(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/winnow.js')
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
const temporary: string[] = []

function workspace(fixture?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-cli-conventions-'))
  temporary.push(dir)
  if (fixture) cpSync(path.join(root, fixture), path.join(dir, 'input'), { recursive: true })
  return dir
}

function winnow(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('winnow CLI conventions', () => {
  it('--version and -v print the version on stdout, exit 0', () => {
    for (const flag of ['--version', '-v']) {
      const run = winnow(root, flag)
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    }
  })

  it('help, --help and help COMMAND print on stdout, exit 0', () => {
    const top = winnow(root, 'help')
    expect(top.code).toBe(0)
    expect(top.stdout).toContain('Usage: winnow <command>')
    expect(top.stderr).toBe('')
    expect(winnow(root, '--help').stdout).toBe(top.stdout)
    for (const command of ['clean', 'explain', 'review', 'worker']) {
      const help = winnow(root, 'help', command)
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: winnow ${command}`)
      expect(winnow(root, command, '--help')).toEqual(help)
    }
  })

  it('no command: usage on stderr, exit 64', () => {
    const run = winnow(root)
    expect(run.code).toBe(64)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Usage: winnow <command>')
  })

  it('an unknown command: one line on stderr with a suggestion, exit 64', () => {
    const run = winnow(root, 'cleen')
    expect(run).toEqual({
      code: 64,
      stdout: '',
      stderr:
        "winnow: unknown command 'cleen'; did you mean 'clean'? (winnow help lists the commands)\n",
    })
    expect(winnow(root, 'help', 'explian').stderr).toContain("did you mean 'explain'?")
    expect(winnow(root, 'frobnicate').stderr).not.toContain('did you mean')
  })

  it('an unknown option: one line on stderr with a suggestion, exit 64', () => {
    const cwd = workspace('input')
    const run = winnow(cwd, 'clean', '--outt', 'x')
    expect(run).toEqual({
      code: 64,
      stdout: '',
      stderr:
        "winnow: unknown option '--outt' for clean; did you mean '--out'? (winnow clean --help lists them)\n",
    })
    expect(winnow(cwd, 'explain', 'input', '--formt=json').stderr).toContain(
      "did you mean '--format'?",
    )
    expect(winnow(cwd, 'review', '--rot', 'x').stderr).toContain("did you mean '--root'?")
    expect(winnow(root, '--verison').stderr).toContain("did you mean '--version'?")
    const missingValue = winnow(cwd, 'clean', '--out')
    expect(missingValue.code).toBe(64)
    expect(missingValue.stderr).toBe(
      "winnow: option '--out <value>' argument missing (winnow clean --help lists them)\n",
    )
    expect(existsSync(path.join(cwd, 'output'))).toBe(false)
  })

  it('an input path that matches nothing is an error on stderr that names it, counted as failed', () => {
    const cwd = workspace()
    const run = winnow(cwd, 'clean')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^input\n error +no such file or folder/m)
    expect(run.stderr).toContain('1 error')
    expect(run.stderr).not.toContain('warning')
    expect(run.stdout).toContain('1 inputs (1 failed')
  })

  it('failed inputs print as errors, skipped ones as warnings', () => {
    const cwd = workspace('fixtures/e2e/bad-inputs/input')
    const run = winnow(cwd, 'clean', '--quiet')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^input\/latin1\.md\n error +invalid UTF-8/m)
    expect(run.stderr).toMatch(/^input\/empty\.md\n warning +empty file/m)
    expect(run.stderr).toContain('(✖ 3 errors, ⚠ 2 warnings)')
  })

  it('a closed stdout ends the command quietly', () => {
    // `true` exits before reading: every write to its pipe fails with EPIPE.
    const pipefail = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${bin}" explain input | true`],
      { cwd: root, encoding: 'utf8' },
    )
    expect(pipefail.status).toBe(0)
    expect(pipefail.stderr).toBe('')
  })

  it('explain takes the policy flags of clean: --disable turns a rule off', () => {
    const all = winnow(root, 'explain', 'input', '--format', 'json')
    expect(all.code).toBe(0)
    const rules = (text: string) =>
      new Set(
        (JSON.parse(text) as { removals?: { ruleId: string }[] }[]).flatMap((entry) =>
          (entry.removals ?? []).map((removal) => removal.ruleId),
        ),
      )
    expect(rules(all.stdout).has('marker-block')).toBe(true)
    const without = winnow(
      root,
      'explain',
      'input',
      '--format',
      'json',
      '--disable',
      'marker-block',
    )
    expect(without.code).toBe(0)
    expect(rules(without.stdout).has('marker-block')).toBe(false)
  })

  it('review without an output folder is a usage error that names --root', () => {
    const cwd = workspace()
    const run = winnow(cwd, 'review')
    expect(run.code).toBe(64)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^winnow: no report\.json in output, so it is no output folder: .*--root DIR/,
    )
    expect(existsSync(path.join(cwd, '.winnow'))).toBe(false)
  })

  it('review from the wrong folder is a usage error that names --root', () => {
    const cwd = workspace()
    const run = winnow(cwd, 'review', path.join(root, 'output'))
    expect(run.code).toBe(64)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^winnow: none of the \d+ sources in .* is under \.: .*--root DIR/)
    expect(existsSync(path.join(cwd, '.winnow'))).toBe(false)
  })
})
