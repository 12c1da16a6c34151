import { createHash } from 'node:crypto'
import { DATA_BLOCK_TYPE, encodeDataBlock } from './data-block.js'
import { escapeHtml } from './escape.js'
import { IMAGE_POLICY_SCRIPT } from './image-policy-script.js'
import { PAGE_SCRIPT } from './page-script.js'
import { PAGE_STYLE } from './page-style.js'
import type { ReviewGroup, ReviewModel } from './review-model.js'

/**
 * The review page: one self-contained HTML file. The index of groups is
 * static HTML, and the page script follows it, so that the index is shown and
 * works while the rest is parsed: each group's data is an inert, compressed
 * block after the script, decoded and rendered only when that group is
 * selected, and the articles' text for search is one more block. The
 * Content-Security-Policy allows only this page's two scripts and no request
 * but `https:` images, which the first script forbids too until the editor
 * opts in (`?images=on`).
 */
export function renderReviewPage(model: ReviewModel): string {
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`
  const csp = [
    "default-src 'none'",
    `script-src ${hash(IMAGE_POLICY_SCRIPT)} ${hash(PAGE_SCRIPT)}`,
    "style-src 'unsafe-inline'",
    'img-src https:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const stats = `${plural(model.groups.length, 'group')} · ${plural(model.inputs, 'input')} (${model.failed} failed, ${model.skipped} skipped)`
  const since = model.since ? sinceSummary(model) : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<script>${IMAGE_POLICY_SCRIPT}</script>
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>winnow review · ${model.groups.length} groups</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top"><h1>winnow review</h1><p>${escapeHtml(stats)}${since ? ` · ${escapeHtml(since)}` : ''}</p>
<p id="images-state" class="images-state"><span></span> <button type="button" id="images-toggle"></button></p></header>
<div class="layout">
<nav class="index" aria-label="Groups">
<div class="filter">
<label for="filter">Search titles, slugs, rule ids and article text (/ to focus, j/k to step)</label>
<input id="filter" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. marker-block">
${model.since ? '<label class="only-changes"><input id="only-changes" type="checkbox"> only new, changed and removed groups</label>' : ''}
<p id="filter-count" aria-live="polite">${model.groups.length} of ${model.groups.length} groups</p>
</div>
<ol id="groups">
${model.groups.map(indexEntry).join('\n')}
</ol>
</nav>
<main>
${overview(model)}
<div id="group-view" hidden></div>
</main>
</div>
<script>${PAGE_SCRIPT}</script>
${model.groups.map((group, index) => dataBlock(`group-${index}`, groupData(group))).join('\n')}
${dataBlock('search-text', model.groups.map(searchText))}
</body>
</html>
`
}

function dataBlock(id: string, value: unknown): string {
  return `<script type="${DATA_BLOCK_TYPE}" id="${id}">${encodeDataBlock(value)}</script>`
}

/** A group's own data block: everything but the article text, which is in the search block. */
function groupData(group: ReviewGroup): Omit<ReviewGroup, 'articleText'> {
  const { articleText: _, ...rest } = group
  return rest
}

/** What the search matches besides the index entry: the article's text, lower-cased. */
function searchText(group: ReviewGroup): string {
  return (group.articleText ?? '').toLowerCase()
}

/** Rule ids of a group: every rule that removed something from one of its sources. */
export function groupRules(group: ReviewGroup): string[] {
  return [...new Set(group.sources.flatMap((source) => Object.keys(source.counts)))].sort()
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function indexEntry(group: ReviewGroup, index: number): string {
  const rules = groupRules(group)
  const removals = group.sources.reduce(
    (sum, source) => sum + Object.values(source.counts).reduce((a, b) => a + b, 0),
    0,
  )
  const problems =
    group.notes.length + group.sources.filter((source) => source.status !== 'ok').length
  const search = [group.title, ...group.titleVariants, group.slug, ...rules]
    .join('\n')
    .toLowerCase()
  const shares = group.sources.flatMap((source) =>
    source.removedShare === undefined ? [] : [percent(source.removedShare)],
  )
  const meta = [
    group.slug,
    `${group.sources.length} source${group.sources.length === 1 ? '' : 's'}`,
    `${removals} removal${removals === 1 ? '' : 's'}`,
    ...(shares.length > 0 ? [`text removed ${shares.join(' / ')}`] : []),
    ...(problems > 0 ? [`⚠ ${problems} to check`] : []),
  ].join(' · ')
  const change = group.change
    ? `<span class="change change-${group.change.status}">${group.change.status}</span>`
    : ''
  return `<li data-index="${index}" data-slug="${escapeHtml(group.slug)}" data-search="${escapeHtml(search)}"${group.change ? ` data-change="${group.change.status}"` : ''}><a href="#${escapeHtml(encodeURIComponent(group.slug))}">${change}<span class="t">${escapeHtml(group.title)}</span><span class="meta">${escapeHtml(meta)}</span><span class="rules">${escapeHtml(rules.join(' '))}</span></a></li>`
}

function sinceSummary(model: ReviewModel): string {
  const count = (status: string) =>
    model.groups.filter((group) => group.change?.status === status).length
  return `since ${model.since?.ref} (${model.since?.commit.slice(0, 12)}): ${count('new')} new, ${count('changed')} changed, ${count('removed')} removed`
}

function overview(model: ReviewModel): string {
  const problems =
    model.problems.length === 0
      ? '<p>Every input is in a group.</p>'
      : `<h3>Inputs in no group</h3>\n<ul class="problems">${model.problems
          .map(
            (problem) =>
              `<li><code>${escapeHtml(problem.path)}</code> ${problem.status}: ${escapeHtml(problem.reason)}</li>`,
          )
          .join('')}</ul>`
  return `<section id="overview">
<h2>Select a group</h2>
<p>${model.groups.length} groups from ${model.inputs} inputs: ${model.ok} ok, ${model.skipped} skipped, ${model.failed} failed.${model.since ? ` Compared with the output folder ${escapeHtml(sinceSummary(model))}.` : ''} Pick a group on the left to see its canonical article and each source with what winnow removed marked in place.</p>
${problems}
</section>`
}
