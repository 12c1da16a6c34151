/** The review page's style sheet (inline: the page makes no requests). */
export const PAGE_STYLE = `
:root { color-scheme: light; --line: #d8dde3; --muted: #5b6673; --accent: #1f5fbf; --mark: #ffe3a3; --label: #a4262c; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #f6f7f9; }
header.top { display: flex; align-items: baseline; gap: 1em; padding: .5em 1em; background: #1b1f24; color: #fff; }
header.top h1 { font-size: 1.1em; margin: 0; }
header.top p { margin: 0; color: #c9d1d9; font-size: .9em; }
.layout { display: grid; grid-template-columns: minmax(220px, 300px) 1fr; height: calc(100vh - 2.6em); }
nav.index { border-right: 1px solid var(--line); background: #fff; display: flex; flex-direction: column; min-height: 0; }
nav.index .filter { padding: .6em; border-bottom: 1px solid var(--line); }
nav.index label { display: block; font-size: .8em; color: var(--muted); }
#filter { width: 100%; font: inherit; padding: .3em .5em; border: 1px solid var(--line); border-radius: 4px; }
#filter-count { margin: .3em 0 0; font-size: .8em; color: var(--muted); }
#groups { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1; }
#groups li a { display: block; padding: .45em .7em; border-bottom: 1px solid #eef0f3; color: inherit; text-decoration: none; }
#groups li a:hover, #groups li a:focus { background: #eef4fd; outline: none; }
#groups li[aria-current] a { background: #dbe8fb; border-left: 3px solid var(--accent); }
#groups .t { display: block; font-weight: 600; font-size: .92em; }
#groups .meta, #groups .rules { display: block; font-size: .76em; color: var(--muted); overflow-wrap: anywhere; }
main { overflow-y: auto; padding: 1em 1.4em 3em; min-width: 0; }
main h2 { margin: 0 0 .2em; font-size: 1.35em; }
main h3 { font-size: 1em; margin: 1.2em 0 .4em; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.meta-line { color: var(--muted); font-size: .88em; margin: 0 0 .6em; }
code { font: .88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.note { background: #fff4e5; border: 1px solid #f0c27b; border-radius: 4px; padding: .4em .7em; margin: .4em 0; font-size: .9em; }
.note.bad { background: #fdecea; border-color: #e8a29c; }
table.sources { border-collapse: collapse; width: 100%; background: #fff; font-size: .88em; }
table.sources th, table.sources td { border: 1px solid var(--line); padding: .3em .5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.sources th { background: #f0f2f5; white-space: nowrap; }
table.sources td.number { text-align: right; white-space: nowrap; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.2em; align-items: start; }
@media (max-width: 1100px) { .columns { grid-template-columns: minmax(0, 1fr); } }
article.canonical { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .2em 1.2em 1em; overflow-wrap: anywhere; }
article.canonical h1 { font-size: 1.5em; line-height: 1.25; }
article.canonical h2 { font-size: 1.2em; }
article.canonical .image-link { display: inline-block; padding: .1em .5em; border: 1px dashed #9aa5b1; border-radius: 3px; font-size: .85em; color: var(--muted); }
.tabs { display: flex; flex-wrap: wrap; gap: .3em; margin-bottom: .5em; }
.tabs button { font: inherit; font-size: .85em; padding: .25em .6em; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tabs button[aria-selected="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.chips { display: flex; flex-wrap: wrap; gap: .3em; margin: .3em 0; }
.chip { font-size: .78em; padding: .05em .5em; border-radius: 999px; background: #e9edf2; }
ol.removals { list-style: none; margin: .3em 0 .6em; padding: .2em .5em; max-height: 11em; overflow-y: auto; font-size: .84em; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
ol.removals button { font: inherit; border: 0; background: none; padding: .1em 0; cursor: pointer; text-align: left; color: inherit; }
ol.removals button:hover { color: var(--accent); text-decoration: underline; }
pre.source-text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8em; margin: 0; max-height: 75vh; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.source-text mark { background: var(--mark); text-decoration: line-through; text-decoration-color: rgba(164, 38, 44, .45); }
.rule-label { display: inline-block; text-decoration: none; background: var(--label); color: #fff; font: 600 10.5px/1.5 system-ui, sans-serif; padding: 0 .45em; margin-right: .35em; border-radius: 3px; user-select: none; }
.rule-label.flash { outline: 3px solid var(--accent); }
.empty { color: var(--muted); font-style: italic; }
ul.problems { font-size: .9em; }
header.top { flex-wrap: wrap; }
.images-state { margin-left: auto !important; }
.images-state button, .toolbar button { font: inherit; font-size: .85em; padding: .15em .6em; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: #1b1f24; cursor: pointer; }
.toolbar { display: flex; flex-wrap: wrap; gap: .3em; margin: .4em 0; }
.toolbar button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.only-changes { margin-top: .3em; }
.change { display: inline-block; font-size: .72em; font-weight: 600; text-transform: uppercase; padding: 0 .4em; border-radius: 3px; margin-right: .4em; color: #fff; }
.change-new { background: #1a7f37; } .change-changed { background: #9a6700; } .change-removed { background: #a4262c; }
.diff { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8em; white-space: pre-wrap; overflow-wrap: anywhere; font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; max-height: 40vh; overflow: auto; }
.diff ins { background: #d1f4d9; text-decoration: none; } .diff del { background: #ffd7d5; } .diff .elided { color: var(--muted); }
.reading { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4em 1em 1em; max-height: 75vh; overflow: auto; overflow-wrap: anywhere; }
.reading .table { display: table; border-collapse: collapse; } .reading .tr { display: table-row; } .reading .rows { display: table-row-group; }
.reading .td { display: table-cell; border: 1px solid var(--line); padding: .2em .4em; } .reading .th { font-weight: 600; }
.cut { border-left: 3px solid var(--label); background: #fff7e0; margin: .4em 0; padding: 0 .5em .2em; }
.cut .cut { background: #fff0c8; }
.cut-head { font-size: .8em; color: var(--muted); padding: .2em 0; }
.cut-toggle { font: inherit; border: 0; background: none; cursor: pointer; padding: 0 .3em 0 0; color: var(--label); }
.cut-body { text-decoration: line-through; text-decoration-color: rgba(164, 38, 44, .45); }
.cut.collapsed > .cut-body { display: none; }
.cut-reason { margin-left: .2em; }
mark.cut-inline { background: var(--mark); text-decoration: line-through; text-decoration-color: rgba(164, 38, 44, .45); }
pre.source-text .elided { color: var(--muted); background: #eef0f3; font-style: italic; }
.hidden-tag { font: .8em ui-monospace, monospace; color: var(--muted); }
.image-link { display: inline-block; padding: .1em .5em; border: 1px dashed #9aa5b1; border-radius: 3px; font-size: .85em; color: var(--muted); text-decoration: none; }
img.thumb { display: block; max-width: 240px; max-height: 160px; margin-bottom: .2em; }
[hidden] { display: none !important; }
`
