import { describe, expect, it } from 'vitest'
import { settingsFingerprint } from '../../src/cache/settings-fingerprint.js'
import { loadPolicy } from '../../src/config/load-policy.js'
import { resolveOptions, UsageError } from '../../src/options.js'
import { jobId, type QueueJobData, readJobData, sha256Of } from '../../src/queue/job-data.js'
import { readJobResult, toJobResult } from '../../src/queue/job-result.js'
import { connectionFor, redactUrl } from '../../src/queue/queue-connection.js'
import { readQueueSettings, toQueueSettings } from '../../src/queue/queue-settings.js'
import { failedOutcome } from '../../src/run/file-outcome.js'

const CODE = 'code-fingerprint'

function job(path: string, text: string, options = resolveOptions({ disabledRules: ['embed'] })) {
  const bytes = Buffer.from(text)
  const sha256 = sha256Of(bytes)
  const data: QueueJobData = {
    format: 1,
    path,
    sha256,
    code: CODE,
    settings: toQueueSettings(options),
    bytes: bytes.toString('base64'),
  }
  return { id: jobId({ path, sha256, code: CODE, settings: options }), data }
}

describe('queue settings', () => {
  it('survive the trip through JSON with the same fingerprint, added rules included', async () => {
    const loaded = await loadPolicy({ cwd: `${import.meta.dirname}/../../fixtures/config` })
    expect(() => toQueueSettings(resolveOptions({ policy: loaded }))).toThrow(/--filter-list/)
    const {
      filterLists: _lists,
      filterListsHash: _hash,
      filterListTexts: _texts,
      ...policy
    } = loaded
    const options = resolveOptions({ policy, disabledRules: ['link-list'], maxBytes: 1234 })
    expect(toQueueSettings(options).addedRules.length).toBeGreaterThan(0)
    const back = readQueueSettings(JSON.parse(JSON.stringify(toQueueSettings(options))))
    expect(settingsFingerprint(back)).toBe(settingsFingerprint(options))
    expect(back.policy.disabled.has('link-list')).toBe(true)
    expect(back.maxBytes).toBe(1234)
  })

  it('send only the difference from the built-in catalogue', () => {
    const settings = toQueueSettings(resolveOptions({}))
    expect(settings.addedRules).toEqual([])
    expect(JSON.stringify(settings).length).toBeLessThan(300)
  })

  it('refuse data of the wrong shape, naming the field', () => {
    const settings = toQueueSettings(resolveOptions({}))
    expect(() => readQueueSettings({ ...settings, maxBytes: -1 })).toThrow(/maxBytes/)
    expect(() => readQueueSettings({ ...settings, disabled: [1] })).toThrow(/disabled/)
    expect(() => readQueueSettings({ ...settings, addedRules: [{ id: 'x' }] })).toThrow(
      /addedRules\[0\]/,
    )
  })
})

describe('job data', () => {
  it('is read back as the bytes and settings it was made from', () => {
    const { id, data } = job('input/a.md', '# A\n\nText.\n')
    const read = readJobData(JSON.parse(JSON.stringify(data)), id, CODE)
    expect(read.path).toBe('input/a.md')
    expect(read.bytes.toString()).toBe('# A\n\nText.\n')
    expect(read.settings.policy.disabled.has('embed')).toBe(true)
  })

  it('depends on the content, the path and the settings', () => {
    const base = job('input/a.md', 'one').id
    expect(job('input/a.md', 'two').id).not.toBe(base)
    expect(job('input/b.md', 'one').id).not.toBe(base)
    expect(job('input/a.md', 'one', resolveOptions({ timeLimit: 5 })).id).not.toBe(base)
    expect(job('input/a.md', 'one').id).toBe(base)
  })

  it('is refused when its bytes, id, build or format do not match', () => {
    const { id, data } = job('input/a.md', 'text')
    const other = Buffer.from('other').toString('base64')
    expect(() => readJobData({ ...data, bytes: other }, id, CODE)).toThrow(/hash/)
    expect(() => readJobData(data, job('input/b.md', 'text').id, CODE)).toThrow(/job id/)
    expect(() => readJobData(data, id, 'another-build')).toThrow(/same winnow version/)
    expect(() => readJobData({ ...data, format: 2 }, id, CODE)).toThrow(/format/)
    expect(() => readJobData('rm -rf /', id, CODE)).toThrow(/not an object/)
  })
})

describe('job results', () => {
  it('come back as the outcome of the input they name, or as an error saying why not', () => {
    const failed = failedOutcome('input/a.md', 'took too long')
    expect(readJobResult(JSON.stringify(toJobResult(failed)), 'input/a.md')).toEqual(failed)
    expect(readJobResult(toJobResult(failed), 'input/b.md')).toMatchObject({
      status: 'error',
      reason: 'the queue worker sent back a result winnow cannot read',
    })
    expect(readJobResult('not json', 'input/a.md').status).toBe('error')
  })
})

describe('queue URLs', () => {
  it('take redis:// and rediss:// with a password and a database, nothing else', () => {
    expect(connectionFor('rediss://:secret@redis.example:6380/2').url).toBe(
      'rediss://:secret@redis.example:6380/2',
    )
    expect(() => connectionFor('http://redis.example')).toThrow(UsageError)
    expect(() => connectionFor('redis://host/notanumber')).toThrow(/database number/)
    expect(() => connectionFor('not a url')).toThrow(/redis:\/\//)
  })

  it('never print the password', () => {
    expect(redactUrl('redis://user:secret@host:6379/0')).toBe('redis://user:***@host:6379/0')
    expect(() => connectionFor('ftp://:secret@host')).toThrow(/\*\*\*/)
  })
})
