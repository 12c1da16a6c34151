import { createHash } from 'node:crypto'
import { escapeHtml, jsonForScript } from './escape.js'
import { PAGE_SCRIPT } from './page-script.js'
import { PAGE_STYLE } from './page-style.js'
import type { ReviewGroup, ReviewModel } from './review-model.js'

/**
 * The review page: one self-contained HTML file. The index of groups is
 * static HTML; each group's data is an inert JSON block that the script
 * renders only when that group is selected. A Content-Security-Policy allows
 * no requests at all and only this page's own script.
 */
export function renderReviewPage(model: ReviewModel): string {
  const scriptHash = createHash('sha256').update(PAGE_SCRIPT).digest('base64')
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const stats = `${model.groups.length} groups · ${model.inputs} inputs (${model.failed} failed, ${model.skipped} skipped)`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>winnow review · ${model.groups.length} groups</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top"><h1>winnow review</h1><p>${escapeHtml(stats)}</p></header>
<div class="layout">
<nav class="index" aria-label="Groups">
<div class="filter">
<label for="filter">Filter by title, slug or rule id (/ to focus, j/k to step)</label>
<input id="filter" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. marker-block">
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
${model.groups.map((group, index) => `<script type="application/json" id="group-${index}">${jsonForScript(group)}</script>`).join('\n')}
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`
}

/** Rule ids of a group: every rule that removed something from one of its sources. */
export function groupRules(group: ReviewGroup): string[] {
  return [...new Set(group.sources.flatMap((source) => Object.keys(source.counts)))].sort()
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
  const meta = [
    group.slug,
    `${group.sources.length} source${group.sources.length === 1 ? '' : 's'}`,
    `${removals} removal${removals === 1 ? '' : 's'}`,
    ...(problems > 0 ? [`⚠ ${problems} to check`] : []),
  ].join(' · ')
  return `<li data-index="${index}" data-slug="${escapeHtml(group.slug)}" data-search="${escapeHtml(search)}"><a href="#${escapeHtml(encodeURIComponent(group.slug))}"><span class="t">${escapeHtml(group.title)}</span><span class="meta">${escapeHtml(meta)}</span><span class="rules">${escapeHtml(rules.join(' '))}</span></a></li>`
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
<p>${model.groups.length} groups from ${model.inputs} inputs: ${model.ok} ok, ${model.skipped} skipped, ${model.failed} failed. Pick a group on the left to see its canonical article and each source with what winnow removed marked in place.</p>
${problems}
</section>`
}
