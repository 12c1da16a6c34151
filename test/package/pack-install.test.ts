import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * winnow as a content repository gets it: `npm pack`, install the tarball as
 * a dev dependency of a fresh project, and run `npx winnow clean` on the
 * samples. Offline: the project's lockfile pins winnow's dependencies at the
 * versions of this repository's lockfile, which `npm ci` put in npm's cache.
 * Needs `dist/` built (`npm test` builds first).
 */

const root = path.join(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'winnow-pack-'))
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A lockfile for a project with winnow (the tarball) as its one dev dependency. */
function contentRepoLock(tarball: string): unknown {
  const packages: Record<string, unknown> = {
    '': { name: 'content-repo', version: '1.0.0', devDependencies: { winnow: tarball } },
    'node_modules/winnow': {
      version: manifest.version,
      resolved: tarball,
      dev: true,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  }
  for (const [key, entry] of Object.entries(
    lock.packages as Record<string, { dev?: boolean; name?: string; version: string }>,
  )) {
    if (key === '' || entry.dev) continue
    const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)
    const { devOptional: _, ...rest } = entry as typeof entry & { devOptional?: boolean }
    packages[key] = {
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`,
      ...rest,
      dev: true,
    }
  }
  return { name: 'content-repo', version: '1.0.0', lockfileVersion: 3, requires: true, packages }
}

describe('the npm package', () => {
  let tarball = ''

  it('packs what runs and nothing else', () => {
    expect(manifest.private).toBeUndefined()
    const packed = run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', work],
      root,
    )
    expect(packed.code, packed.stderr).toBe(0)
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
    if (!info) throw new Error('npm pack listed no package')
    tarball = info.filename
    const files = info.files.map((file) => file.path)
    const unexpected = files.filter(
      (file) =>
        !/^(bin\/winnow\.js|dist\/.+\.(js|d\.ts)|schema\/[a-z-]+\.schema\.json|package\.json|README\.md|LICENSE)$/.test(
          file,
        ),
    )
    expect(unexpected).toEqual([])
    for (const needed of [
      'bin/winnow.js',
      'dist/cli/main.js',
      'dist/run/worker.js',
      'dist/index.d.ts',
    ])
      expect(files).toContain(needed)
  }, 120_000)

  it('installs as a dev dependency, and npx winnow clean gives the committed output', () => {
    expect(tarball).not.toBe('')
    const project = path.join(work, 'content-repo')
    mkdirSync(project)
    const spec = `file:../${tarball}`
    writeFileSync(
      path.join(project, 'package.json'),
      `${JSON.stringify({ name: 'content-repo', version: '1.0.0', private: true, devDependencies: { winnow: spec } }, null, 2)}\n`,
    )
    writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(contentRepoLock(spec)))
    const install = run(
      'npm',
      ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'],
      project,
    )
    expect(install.code, install.stderr).toBe(0)
    cpSync(path.join(root, 'input'), path.join(project, 'input'), { recursive: true })

    const version = run('npx', ['--no-install', 'winnow', '--version'], project)
    expect(version).toMatchObject({ code: 0, stdout: `${manifest.version}\n` })
    const clean = run(
      'npx',
      ['--no-install', 'winnow', 'clean', 'input', '--out', 'output'],
      project,
    )
    expect(clean.code, clean.stderr).toBe(0)
    const expected = readdirSync(path.join(root, 'output')).sort()
    expect(readdirSync(path.join(project, 'output')).sort()).toEqual(expected)
    for (const name of expected)
      expect(readFileSync(path.join(project, 'output', name), 'utf8'), name).toBe(
        readFileSync(path.join(root, 'output', name), 'utf8'),
      )
  }, 300_000)
})
