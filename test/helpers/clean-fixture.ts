import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { defaultPolicy, withDisabled } from '../../src/clean/policy.js'
import { cleanText } from '../../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../../src/read/front-matter.js'
import { nodesToMarkdown } from '../../src/structure/to-markdown.js'

export interface CleanedFixture {
  readonly markdown: string
  /** One line per removal: `line:column rule-id`, in the order reported. */
  readonly messages: string
  readonly file: VFile
}

/** Clean one fixture file as the pipeline does, and render what is left as Markdown. */
export function cleanFixture(
  path: string,
  options: {
    readonly disabledRules?: readonly string[]
    /** The input's text, when it is not read from `path`. */
    readonly text?: string
  } = {},
): CleanedFixture {
  const text = options.text ?? readFileSync(path, 'utf8')
  const file = new VFile({ path, value: text })
  const { mdast } = cleanText(text, file, {
    frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
    policy: withDisabled(defaultPolicy, options.disabledRules ?? []),
  })
  const messages = file.messages
    .map(
      (message) =>
        `${message.line ?? '?'}:${message.column ?? '?'} ${message.ruleId ?? ''} ${JSON.stringify(message.actual ?? '')}`,
    )
    .join('\n')
  return { markdown: `${nodesToMarkdown(mdast.children)}\n`, messages: `${messages}\n`, file }
}
