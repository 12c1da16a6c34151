import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A command shown in the documentation, with where it is shown. */
export interface DocCommand {
  readonly file: string
  readonly line: number
  readonly command: string
}

/** README.md and every docs/*.md, relative to the repository root. */
export function docFiles(root: string): string[] {
  return [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ]
}

const SHELL_FENCE = /^```(sh|bash|shell|console)\s*$/

/**
 * The commands a reader would type: every line of a `sh` block (comments
 * dropped, `&&` split), and every `$ ` line of any other code block.
 */
export function docCommands(root: string): DocCommand[] {
  const commands: DocCommand[] = []
  for (const file of docFiles(root)) {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n')
    let fence: 'shell' | 'other' | undefined
    for (const [index, text] of lines.entries()) {
      if (text.startsWith('```')) {
        fence = fence === undefined ? (SHELL_FENCE.test(text) ? 'shell' : 'other') : undefined
        continue
      }
      if (fence === undefined) continue
      let command: string | undefined
      if (text.startsWith('$ ')) command = text.slice(2)
      else if (fence === 'shell') command = text
      if (command === undefined) continue
      command = command.replace(/(^|\s)#.*$/, '').trim()
      if (command === '') continue
      for (const part of command.split('&&'))
        commands.push({ file, line: index + 1, command: part.trim() })
    }
  }
  return commands
}
