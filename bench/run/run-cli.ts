import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface CliRun {
  readonly seconds: number
  /** Peak resident set size of the whole process (main thread and workers), in kB. */
  readonly maxRssKb: number
  /** CPU time of the whole process (user + system, all threads), in seconds; NaN without /usr/bin/time. */
  readonly cpuSeconds: number
  readonly exitCode: number | null
}

const root = path.join(import.meta.dirname, '../..')
const timeBinary = '/usr/bin/time'
/** Without /usr/bin/time: the child prints its own peak RSS as it exits. */
const rssProbe =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nwinnow-bench-maxrss="+process.resourceUsage().maxRSS+"\\n"))'

/** Run `node bin/winnow.js clean INPUT --out <temp> --jobs N --quiet` and measure it. */
export async function runCli(options: {
  readonly input: string
  readonly jobs: number
}): Promise<CliRun> {
  const out = mkdtempSync(path.join(tmpdir(), 'winnow-bench-out-'))
  const winnow = [path.join(root, 'bin/winnow.js'), 'clean', options.input, '--out', out]
  const args = [...winnow, '--jobs', String(options.jobs), '--quiet', '--no-cache']
  const useTime = existsSync(timeBinary)
  const [command, argv] = useTime
    ? [timeBinary, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', rssProbe, ...args]]
  const started = performance.now()
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] })
    let text = ''
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
    })
    child.on('close', (exitCode) => resolve({ code: exitCode, stderr: text }))
  })
  const seconds = (performance.now() - started) / 1000
  rmSync(out, { recursive: true, force: true })
  const rss = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /winnow-bench-maxrss=(\d+)/.exec(stderr)
  const cpu = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN)
  return {
    seconds,
    maxRssKb: Number(rss?.[1] ?? Number.NaN),
    cpuSeconds: cpu('User') + cpu('System'),
    exitCode: code,
  }
}
