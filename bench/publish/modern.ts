/**
 * Generality check of the publishing transforms on ../shared/corpus/modern-pages
 * (absent in CI: the bench says so and exits). Each page is cleaned twice, with
 * the issue-14 rules off (baseline) and on, and the bench prints, per split
 * (held-out: the fifth of ids whose SHA-256 starts with a byte divisible by 5;
 * dev: the rest), how often the title matches the reference title, how many
 * titles still carry the site or host name, how many relative or page-only
 * links are left, and the share of must-keep (`with`) snippets kept. Pages
 * are read as HTML alone: the address is what the page itself says.
 * Run: npx tsx bench/publish/modern.ts [--limit N]
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { VFile } from 'vfile'
import { defaultPolicy, withDisabled } from '../../src/clean/policy.js'
import { cleanText } from '../../src/process-file.js'
import { DEFAULT_FRONT_MATTER_LIMITS } from '../../src/read/front-matter.js'
import { buildRecord } from '../../src/structure/build-record.js'
import { TITLE_SITE_NAME_RULE, TITLE_SOURCE_RULE } from '../../src/structure/clean-title.js'
import { textRepairs } from '../../src/structure/repair-text.js'
import { PAGE_ONLY_LINK_RULE, RESOLVE_URL_RULE } from '../../src/structure/resolve-urls.js'
import { LAYOUT_TABLE_RULE, TABLE_FALLBACK_RULE } from '../../src/structure/shape-tables.js'
import { nodesToMarkdown } from '../../src/structure/to-markdown.js'
import { withPlainTextFields } from '../../src/write/plain-text-fields.js'
import { badUrls } from './checks.js'

const root = path.resolve(import.meta.dirname, '../..')
const corpus = path.resolve(root, '../shared/corpus/modern-pages')
if (!existsSync(corpus)) {
  console.log(
    `winnow bench publish-modern: ${path.relative(root, corpus)} is absent; nothing to measure`,
  )
  process.exit(0)
}
interface Truth {
  readonly url: string
  readonly title: string
  readonly with: readonly string[]
}
const truth = JSON.parse(readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8')) as Record<
  string,
  Truth
>
const limitAt = process.argv.indexOf('--limit')
const limit = limitAt === -1 ? Number.POSITIVE_INFINITY : Number(process.argv[limitAt + 1])
const heldOut = (id: string) => (createHash('sha256').update(id).digest()[0] ?? 0) % 5 === 0
const ids = Object.keys(truth).sort()
const chosen = [...ids.filter(heldOut), ...ids.filter((id) => !heldOut(id)).slice(0, limit)]

const ours = [
  TITLE_SITE_NAME_RULE,
  TITLE_SOURCE_RULE,
  RESOLVE_URL_RULE,
  PAGE_ONLY_LINK_RULE,
  LAYOUT_TABLE_RULE,
  TABLE_FALLBACK_RULE,
  ...textRepairs.map((repair) => repair.id),
]
const settings = (on: boolean) => ({
  policy: on ? defaultPolicy : withDisabled(defaultPolicy, ours),
  frontMatterLimits: DEFAULT_FRONT_MATTER_LIMITS,
})
const key = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
const flat = (value: string) =>
  value
    .replace(/[\s*_`\\]+/g, ' ')
    .trim()
    .toLowerCase()

interface Tally {
  pages: number
  titleMatch: number
  hostInTitle: number
  badLinks: number
  withKept: number
  withTotal: number
}
const empty = (): Tally => ({
  pages: 0,
  titleMatch: 0,
  hostInTitle: 0,
  badLinks: 0,
  withKept: 0,
  withTotal: 0,
})
const tallies = new Map<string, Tally>()

for (const id of chosen) {
  const page = truth[id]
  if (!page) continue
  const html = gunzipSync(readFileSync(path.join(corpus, 'html', `${id}.html.gz`))).toString('utf8')
  let host = ''
  try {
    host = new URL(page.url).hostname.replace(/^www\./, '')
  } catch {}
  for (const on of [false, true]) {
    const name = `${heldOut(id) ? 'held-out' : 'dev'} ${on ? 'after' : 'before'}`
    const tally = tallies.get(name) ?? empty()
    tallies.set(name, tally)
    tally.pages++
    let markdown = ''
    let title = ''
    try {
      const { metadata, mdast } = cleanText(html, new VFile({ path: id }), settings(on))
      const record = withPlainTextFields(buildRecord(mdast, { metadata, fallbackTitle: id }), {
        fallbackTitle: id,
      })
      title = record.title
      markdown = nodesToMarkdown(mdast.children)
    } catch {}
    if (key(title) === key(page.title)) tally.titleMatch++
    const segments = title.split(/\s+[|\-–—·•:»]\s+|\s*::\s*|[[\]]/).map(key)
    if (
      host !== '' &&
      segments.length > 1 &&
      segments.some(
        (segment) => segment === key(host) || segment === key(host.split('.').at(-2) ?? ''),
      )
    )
      tally.hostInTitle++
    tally.badLinks += badUrls(
      fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
    ).length
    const text = flat(markdown)
    for (const snippet of page.with) {
      tally.withTotal++
      if (text.includes(flat(snippet))) tally.withKept++
    }
  }
}

console.log(
  '| split | rules | pages | title = reference | host in title | relative/page-only/empty links | `with` snippets kept |',
)
console.log('|---|---|---|---|---|---|---|')
for (const [name, tally] of [...tallies].sort()) {
  const [split, rules] = name.split(' ')
  console.log(
    `| ${split} | ${rules} | ${tally.pages} | ${(tally.titleMatch / tally.pages).toFixed(3)} | ${tally.hostInTitle} | ${tally.badLinks} | ${(tally.withKept / Math.max(1, tally.withTotal)).toFixed(4)} (${tally.withKept}/${tally.withTotal}) |`,
  )
}
