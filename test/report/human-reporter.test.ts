import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { formatHumanSummary, humanReporter } from '../../src/report/human-reporter.js'
import { formatProgress } from '../../src/report/progress-bar.js'
import type { ReporterContext } from '../../src/report/reporter.js'
import type { RunSummary } from '../../src/report/run-summary.js'

const summary: RunSummary = {
  mode: 'write',
  inputs: 4,
  ok: 2,
  skipped: 1,
  failed: 1,
  groups: 2,
  removals: { adsense: 2, 'marker-block': 5 },
  files: { written: 5, removed: 1 },
  errors: [{ path: 'input/bad.md', reason: 'invalid UTF-8' }],
  warnings: [{ path: 'input/empty.md', reason: 'empty file' }],
  exitCode: 2,
}

/** A reporter on captured streams with a clock the test moves. */
function setup(options: Partial<ReporterContext> = {}) {
  const out = { stdout: '', stderr: '', time: 0 }
  const reporter = humanReporter({
    stdout: (text) => {
      out.stdout += text
    },
    stderr: (text) => {
      out.stderr += text
    },
    env: {},
    stderrIsTTY: true,
    quiet: false,
    columns: 100,
    now: () => out.time,
    ...options,
  })
  /** Process `total` files, one every 50 ms. */
  const run = (total: number) => {
    for (let done = 1; done <= total; done++) {
      out.time += 50
      reporter.onFileDone(done, total)
    }
  }
  return { out, reporter, run }
}

describe('the human reporter', () => {
  it('draws a progress bar on stderr on a terminal for a long run, and clears it', () => {
    const { out, reporter, run } = setup()
    run(100)
    expect(out.stderr).toContain('\r[')
    expect(out.stderr).toContain('100/100 files')
    expect(out.stderr).toMatch(/ 50\/100 files {2}20\.0 files\/s {2}ETA 3s/)
    reporter.finish(summary, [])
    expect(out.stderr.endsWith('\r\u001b[K')).toBe(true)
    expect(out.stdout).not.toContain('\r')
  })

  it('draws no bar when stderr is not a terminal', () => {
    const { out, reporter, run } = setup({ stderrIsTTY: false })
    run(100)
    reporter.finish(summary, [])
    expect(out.stderr).toBe('')
    expect(out.stdout).toContain('winnow: 4 inputs')
  })

  it('draws no bar in CI, with --quiet, or for a short run', () => {
    for (const options of [{ env: { CI: 'true' } }, { env: { CI: '1' } }, { quiet: true }]) {
      const { out, run } = setup(options)
      run(100)
      expect(out.stderr, JSON.stringify(options)).toBe('')
    }
    const short = setup()
    short.run(5) // 250 ms
    expect(short.out.stderr).toBe('')
    // CI=false is not CI.
    const local = setup({ env: { CI: 'false' } })
    local.run(100)
    expect(local.out.stderr).toContain('100/100 files')
  })

  it('ends with a summary: inputs, groups, files, removals per rule (most first)', () => {
    expect(formatHumanSummary(summary)).toBe(
      'winnow: 4 inputs (1 failed, 1 skipped), 2 groups, 5 files written, 1 removed\n' +
        'winnow: 7 removals: marker-block 5, adsense 2\n',
    )
    expect(formatHumanSummary({ ...summary, removals: {} })).toContain('winnow: no removals\n')
  })

  it('prints failed inputs on stderr, and with --quiet nothing else', () => {
    const file = new VFile({ path: 'input/bad.md' })
    file.message('invalid UTF-8', { ruleId: 'input-error', source: 'winnow' })
    const { out, reporter } = setup({ quiet: true, stderrIsTTY: false })
    reporter.finish(summary, [file, new VFile({ path: 'input/good.md' })])
    expect(out.stderr).toContain('input/bad.md')
    expect(out.stderr).toContain('invalid UTF-8')
    expect(out.stderr).not.toContain('good.md')
    expect(out.stdout).toBe('')
  })

  it('adds workflow annotations on stdout when GITHUB_ACTIONS=true', () => {
    const { out, reporter } = setup({ env: { GITHUB_ACTIONS: 'true', CI: 'true' } })
    reporter.finish(summary, [])
    expect(out.stdout).toContain('::error file=input/bad.md::invalid UTF-8\n')
    expect(out.stdout).toContain('::warning file=input/empty.md::empty file\n')
    const plain = setup()
    plain.reporter.finish(summary, [])
    expect(plain.out.stdout).not.toContain('::')
  })

  it('in --check mode names the files that would change, on stderr', () => {
    const { out, reporter } = setup({ stderrIsTTY: false })
    reporter.finish({ ...summary, mode: 'check', changed: ['a.md', 'report.json'] }, [])
    expect(out.stderr).toBe('winnow: output would change: a.md, report.json\n')
  })
})

describe('formatProgress', () => {
  it('shows the bar, the count, the rate and the time left, within the width', () => {
    const line = formatProgress(30, 120, 10_000, 80)
    expect(line).toMatch(/^\[#+-+\] {3}30\/120 files {2}3\.0 files\/s {2}ETA 30s$/)
    expect(line.length).toBeLessThan(80)
    expect(formatProgress(0, 10, 0)).toContain('ETA ?')
    expect(formatProgress(1, 1000, 1000)).toContain('ETA 16m39s')
  })
})
