import { execFile } from 'node:child_process'
import { UsageError } from '../messages/usage-error.js'

/** Most bytes git may print for one command: the blobs of a large output folder. */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024

/** Run git in `cwd` and return its stdout; a failure carries git's stderr. */
function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT },
      (error, stdout, stderr) => {
        if (error) {
          const code = 'code' in error ? error.code : undefined
          reject(
            code === 'ENOENT'
              ? new UsageError('--since needs git, and no git command was found on the PATH')
              : new GitError(stderr.toString('utf8').trim() || error.message),
          )
        } else resolve(stdout)
      },
    )
    if (input !== undefined) child.stdin?.end(input)
  })
}

class GitError extends Error {}

/** The commit `ref` names in the repository around `folder`; a clear usage error when there is none. */
export async function resolveCommit(folder: string, ref: string): Promise<string> {
  try {
    await git(folder, ['rev-parse', '--show-prefix'])
  } catch (error) {
    if (error instanceof GitError)
      throw new UsageError(
        `--since compares the output folder with a git commit, but ${folder} is not in a git repository (${error.message})`,
      )
    throw error
  }
  try {
    const out = await git(folder, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    return out.toString('utf8').trim()
  } catch (error) {
    if (error instanceof GitError)
      throw new UsageError(
        `--since ${ref}: no such commit in the git repository around ${folder} (try HEAD, HEAD~1, a branch, tag or commit id)`,
      )
    throw error
  }
}

/**
 * The files directly in `folder` at `commit`, by name, as bytes (git's
 * `ls-tree` and one `cat-file --batch` for them all).
 */
export async function filesAtCommit(folder: string, commit: string): Promise<Map<string, Buffer>> {
  const listed = await git(folder, ['ls-tree', '-z', '--full-name', commit, '--', '.'])
  const entries = listed
    .toString('utf8')
    .split('\0')
    .flatMap((line) => {
      const match = /^\d+ blob [0-9a-f]+\t(.+)$/s.exec(line)
      return match?.[1] ? [match[1]] : []
    })
  const files = new Map<string, Buffer>()
  if (entries.length === 0) return files
  const batch = await git(
    folder,
    ['cat-file', '--batch'],
    entries.map((name) => `${commit}:${name}\n`).join(''),
  )
  let offset = 0
  for (const name of entries) {
    const headerEnd = batch.indexOf(0x0a, offset)
    const header = batch.subarray(offset, headerEnd).toString('utf8')
    const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN)
    if (!Number.isFinite(size)) throw new Error(`unexpected git cat-file output: ${header}`)
    files.set(
      name.slice(name.lastIndexOf('/') + 1),
      batch.subarray(headerEnd + 1, headerEnd + 1 + size),
    )
    offset = headerEnd + 1 + size + 1
  }
  return files
}
