import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { seededRandom, sentence } from '../../bench/run/scraped-article.js'
import { writeOutputs } from '../../src/write/write-outputs.js'
import { bin, cli, goodArticle, removeWorkspaces, workspace } from './helpers/workspace.js'

afterAll(removeWorkspaces)

/** Path → sha256, mode and mtime of every file under a folder (links not followed). */
function snapshot(folder: string, skip: (relative: string) => boolean = () => false) {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      const relative = path.relative(folder, file)
      if (skip(relative)) continue
      const stats = lstatSync(file)
      if (stats.isDirectory()) walk(file)
      else if (stats.isSymbolicLink()) files[relative] = `link ${stats.mtimeMs}`
      else
        files[relative] =
          `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${stats.mode} ${stats.mtimeMs}`
    }
  }
  walk(folder)
  return files
}

/** The output files of a folder (winnow's own dot-names: the lock, a staging folder, left out). */
function contents(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .map((name) => [name, readFileSync(path.join(folder, name))]),
  )
}

/** Small articles with words of their own, `prefix` in every title. */
function articles(count: number, prefix: string): Record<string, string> {
  const random = seededRandom(11)
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `${String(Math.floor(index / 100))}/a-${index}.md`,
      `---\ntitle: ${prefix} ${sentence(random, 4).slice(0, -1)} ${index}\n---\n\n${sentence(random, 30)} ${sentence(random, 30)}\n`,
    ]),
  )
}

/** A complete output file: JSON that parses, Markdown with front matter that parses. */
function isComplete(name: string, bytes: Buffer): boolean {
  const text = bytes.toString('utf8')
  if (name.endsWith('.json')) {
    JSON.parse(text)
    return text.endsWith('}\n')
  }
  const match = /^---\n([\s\S]*?)\n---\n\n# .+\n[\s\S]*\n$/.exec(text)
  return match !== null && parseYaml(match[1] ?? '') !== null
}

describe('no data loss', () => {
  it('never modifies, moves or touches an input', () => {
    const cwd = workspace({ ...articles(30, 'Kept'), 'bad.md': Buffer.from([0xff, 0xfe, 0]) })
    symlinkSync('/etc/hostname', path.join(cwd, 'input', 'link.md'))
    const before = snapshot(path.join(cwd, 'input'))
    const ran = cli(cwd, ['clean', '--out', 'out', '--jobs', '2'])
    expect(ran.code, ran.stderr).toBe(2)
    expect(snapshot(path.join(cwd, 'input'))).toEqual(before)
  })

  it('refuses an output folder that is, or is inside, or links into an input folder', () => {
    const cwd = workspace({ 'good.md': goodArticle })
    symlinkSync(path.join(cwd, 'input'), path.join(cwd, 'linked'))
    for (const args of [
      ['input', '--out', 'input'],
      ['input', '--out', 'input/out'],
      ['input', '--out', 'linked/out'],
      ['.', '--out', 'out'],
    ]) {
      const ran = cli(cwd, ['clean', ...args])
      expect(ran.code, args.join(' ')).toBe(64)
      expect(ran.stderr).toContain('winnow would read its own output')
    }
    expect(readdirSync(path.join(cwd, 'input'))).toEqual(['good.md'])
  })

  it('writes nothing outside the output folder, even through links planted in it', () => {
    const cwd = workspace({ 'good.md': goodArticle })
    writeFileSync(path.join(cwd, 'victim.txt'), 'precious\n')
    mkdirSync(path.join(cwd, 'out'))
    for (const name of ['a-good-article.json', 'a-good-article.md', 'report.json'])
      symlinkSync('../victim.txt', path.join(cwd, 'out', name))
    // Outside the output folder, winnow writes only its cache folder.
    const ours = (relative: string) =>
      ['out', '.winnow-cache'].some((dir) => relative === dir || relative.startsWith(`${dir}/`))
    const before = snapshot(cwd, ours)
    const ran = cli(cwd, ['clean', '--out', 'out', '--jobs', '1'])
    expect(ran.code, ran.stderr).toBe(0)
    expect(snapshot(cwd, ours)).toEqual(before)
    expect(readFileSync(path.join(cwd, 'victim.txt'), 'utf8')).toBe('precious\n')
    for (const name of readdirSync(path.join(cwd, 'out')))
      expect(lstatSync(path.join(cwd, 'out', name)).isFile(), name).toBe(true)
  })

  it('refuses to write or remove a name that is not an output file name', async () => {
    const out = path.join(workspace(), 'out')
    for (const name of ['../escape.json', 'sub/x.md', '/tmp/x.json', 'notes.txt']) {
      await expect(writeOutputs(out, new Map([[name, 'x']]))).rejects.toThrow(/refusing to write/)
    }
  })

  it('leaves the previous output as it was when a run is killed with SIGKILL while writing', async () => {
    const cwd = workspace(articles(600, 'First'))
    const first = cli(cwd, ['clean', '--out', 'out', '--jobs', '2', '--quiet'])
    expect(first.code, first.stderr).toBe(0)
    const out = path.join(cwd, 'out')
    const previous = contents(out)
    // New titles: every output file of the second run has a new name.
    for (const [name, text] of Object.entries(articles(600, 'Second')))
      writeFileSync(path.join(cwd, 'input', name), text)

    const child = spawn(
      process.execPath,
      [bin, 'clean', '--out', 'out', '--jobs', '2', '--quiet'],
      {
        cwd,
        stdio: 'ignore',
      },
    )
    const killedWhileWriting = await killOnceWriting(child, out, previous.size)
    expect(killedWhileWriting, 'the run finished before it could be killed while writing').toBe(
      true,
    )

    // Killed while it staged its files: the output folder is exactly what it was.
    const after = contents(out)
    expect([...after.keys()].sort()).toEqual([...previous.keys()].sort())
    for (const [name, bytes] of previous) expect(after.get(name)?.equals(bytes), name).toBe(true)

    // The next run finishes the job and removes what the killed one left.
    const rerun = cli(cwd, ['clean', '--out', 'out', '--jobs', '2', '--quiet'])
    expect(rerun.code, rerun.stderr).toBe(0)
    const names = readdirSync(out)
    expect(names.filter((name) => name.startsWith('.'))).toEqual([])
    expect(names.filter((name) => name.includes('first'))).toEqual([])
    for (const name of names)
      expect(isComplete(name, readFileSync(path.join(out, name)))).toBe(true)
    expect(names.filter((name) => name.includes('second')).length).toBeGreaterThan(0)
  }, 180_000)

  it('removes temporary files of a dead run, and only those', async () => {
    const cwd = workspace({ 'good.md': goodArticle })
    const out = path.join(cwd, 'out')
    mkdirSync(out)
    writeFileSync(path.join(out, '.winnow-x.json.999999999.abcdef.tmp'), 'half')
    writeFileSync(path.join(out, '.keep-me'), 'not ours')
    const ran = cli(cwd, ['clean', '--out', 'out', '--jobs', '1'])
    expect(ran.code, ran.stderr).toBe(0)
    expect(existsSync(path.join(out, '.winnow-x.json.999999999.abcdef.tmp'))).toBe(false)
    expect(readFileSync(path.join(out, '.keep-me'), 'utf8')).toBe('not ours')
  })
})

/** Files in the output folder and in a staging folder of a run in it. */
function written(out: string): string[] {
  return readdirSync(out).flatMap((name) => {
    if (!name.startsWith('.winnow-staging-')) return name.startsWith('.') ? [] : [name]
    try {
      return readdirSync(path.join(out, name)).filter((file) => !file.startsWith('.'))
    } catch {
      return []
    }
  })
}

/** Wait until the run has written some 20 new files, then SIGKILL it. True if it was still running. */
async function killOnceWriting(child: ChildProcess, out: string, before: number): Promise<boolean> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let running = true
  void exited.then(() => {
    running = false
  })
  while (running) {
    if (written(out).length > before + 20) {
      child.kill('SIGKILL')
      await exited
      return statSync(out).isDirectory()
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return false
}
