import { describe, expect, it } from 'vitest'
import { readMetadata } from '../src/structure/read-metadata.js'

describe('readMetadata: author and the page address', () => {
  it('reads the author as plain text and a list of authors joined', () => {
    expect(readMetadata({ author: 'Jo <b>Original</b>' }).author).toBe('Jo Original')
    expect(readMetadata({ authors: ['Ann', 'Bo', 'Ann'] }).author).toBe('Ann, Bo')
  })

  it('takes only absolute http(s) addresses, canonical first', () => {
    expect(readMetadata({ url: 'https://a.example/x', canonical: 'https://b.example/y' }).url).toBe(
      'https://b.example/y',
    )
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative/path', 'not a url'])
      expect(readMetadata({ url }).url, url).toBeUndefined()
    expect(readMetadata({ source: 'Example News' }).url).toBeUndefined()
  })
})
