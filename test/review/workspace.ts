import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'

export const root = path.join(import.meta.dirname, '../..')

/** Marks a hostile input leaves in the page when its script runs. */
export const HOSTILE_TITLE = `</script><img src=x onerror="window.__pwned=1">Hostile & "quoted" title`

/** A Markdown article that tries to run script in the review page and to load images. */
export const HOSTILE_MARKDOWN = `---
title: '${HOSTILE_TITLE.replace(/'/g, "''")}'
date: 2024-01-01
---

Hostile intro paragraph about review pages: </script><script>window.__pwned=2</script> stays text.

<img src="http://127.0.0.1:9/pixel.png" onerror="window.__pwned=3" alt="net image">

<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>

![a remote picture](http://127.0.0.1:9/picture.png)

A second paragraph with <b onmouseover="window.__pwned=4">bold words</b> and enough text for the article to count as one, because short files are skipped when nothing is left.
`

/**
 * A workspace in a temp folder: input/ holds the sample articles (one group of
 * two), an HTML page and its Markdown repost (one group), two independent
 * articles, and the hostile article.
 */
export function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'winnow-review-'))
  const input = path.join(dir, 'input')
  mkdirSync(input)
  for (const folder of [
    'input',
    'fixtures/e2e/repost-html-and-markdown/input',
    'fixtures/e2e/independent-same-topic/input',
  ])
    cpSync(path.join(root, folder), input, { recursive: true })
  writeFileSync(path.join(input, 'hostile.md'), HOSTILE_MARKDOWN)
  return dir
}

/** Run the CLI in this process, capturing what it prints. */
export async function runCli(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CommandIo = {
    cwd,
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}
