import { describe, expect, it } from 'vitest'
import {
  escapeData,
  escapeProperty,
  formatAnnotation,
  formatAnnotations,
} from '../../src/report/github-annotations.js'
import type { RunSummary } from '../../src/report/run-summary.js'

describe('GitHub workflow annotations', () => {
  it('escape %, CR and LF in the message, % first', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
    expect(escapeData('%0A')).toBe('%250A')
  })

  it('escape : and , in properties as well', () => {
    expect(escapeProperty('input/a,b:c%.md\n')).toBe('input/a%2Cb%3Ac%25.md%0A')
  })

  it('format ::error file=…,line=…,col=…::message', () => {
    expect(
      formatAnnotation('error', {
        path: 'in/x,y.md',
        reason: 'bad\nfront matter: 50%',
        line: 3,
        column: 7,
      }),
    ).toBe('::error file=in/x%2Cy.md,line=3,col=7::bad%0Afront matter: 50%25')
    expect(formatAnnotation('warning', { path: 'in/empty.md', reason: 'empty file' })).toBe(
      '::warning file=in/empty.md::empty file',
    )
  })

  it('print errors for failed inputs and warnings for skipped ones, one per line', () => {
    const summary: RunSummary = {
      mode: 'write',
      inputs: 3,
      ok: 1,
      skipped: 1,
      failed: 1,
      groups: 1,
      removals: {},
      files: { written: 3, removed: 0 },
      errors: [{ path: 'a.md', reason: 'invalid UTF-8' }],
      warnings: [{ path: 'b.md', reason: 'empty file' }],
      exitCode: 2,
    }
    expect(formatAnnotations(summary)).toBe(
      '::error file=a.md::invalid UTF-8\n::warning file=b.md::empty file\n',
    )
    expect(formatAnnotations({ ...summary, errors: [], warnings: [] })).toBe('')
  })
})
