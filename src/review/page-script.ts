/**
 * The review page's script (inline, its hash is in the page's CSP), between
 * the index and the data. It filters the index at once, and renders one group
 * at a time, once the document is parsed, from its compressed data block
 * (`<script type="application/octet-stream" id="group-N">`, see
 * `encodeDataBlock`), on selection and hash change. Strings from the data go
 * in with `textContent`; only `canonicalHtml` and a source's `html` and
 * `reading`, made safe in Node (sanitized / escaped), go in as HTML. Images
 * become thumbnails only when the page was opened with `?images=on`.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var list = document.getElementById('groups');
  var items = Array.prototype.slice.call(list.children);
  var filter = document.getElementById('filter');
  var onlyChanges = document.getElementById('only-changes');
  var count = document.getElementById('filter-count');
  var overview = document.getElementById('overview');
  var view = document.getElementById('group-view');
  var imagesOn = document.documentElement.getAttribute('data-images') === 'on';
  var bySlug = new Map();
  var articleText = null;
  var rendering = 0;
  items.forEach(function (li) { bySlug.set(li.getAttribute('data-slug'), li); });

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function note(text, bad) { return el('p', { class: bad ? 'note bad' : 'note' }, [text]); }
  function total(counts) { return Object.keys(counts).reduce(function (sum, key) { return sum + counts[key]; }, 0); }
  function similarity(source) { return typeof source.similarity === 'number' ? source.similarity.toFixed(3) : '?'; }
  function percent(share) { return typeof share === 'number' ? Math.round(share * 100) + '%' : '?'; }

  /** Runs fn once the whole document, data blocks and all, is parsed (the script comes before them). */
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', function () { resolve(); });
  });

  /** A data block: base64 of raw-deflated JSON. */
  function decode(id) {
    return parsed.then(function () { return inflate(document.getElementById(id)); });
  }
  function inflate(block) {
    var binary = atob(block.textContent);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text().then(JSON.parse);
  }

  function applyFilter() {
    var terms = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var changesOnly = onlyChanges && onlyChanges.checked;
    var shown = 0;
    items.forEach(function (li, index) {
      var text = li.getAttribute('data-search') || '';
      var body = articleText ? articleText[index] || '' : '';
      var hit = terms.every(function (term) { return text.indexOf(term) !== -1 || body.indexOf(term) !== -1; });
      if (changesOnly && !li.hasAttribute('data-change')) hit = false;
      li.hidden = !hit;
      if (hit) shown++;
    });
    count.textContent = shown + ' of ' + items.length + ' groups' +
      (articleText || terms.length === 0 ? '' : ' (article text still loading)');
  }

  function route() {
    var slug = decodeURIComponent(location.hash.slice(1));
    var li = bySlug.get(slug);
    items.forEach(function (item) { item.removeAttribute('aria-current'); });
    var ticket = ++rendering;
    if (!li) {
      view.replaceChildren();
      view.hidden = true;
      overview.hidden = false;
      return;
    }
    li.setAttribute('aria-current', 'true');
    decode('group-' + li.getAttribute('data-index')).then(function (group) {
      if (ticket !== rendering) return;
      render(group);
      overview.hidden = true;
      view.hidden = false;
      view.parentElement.scrollTop = 0;
    });
  }

  /** Thumbnails for the image placeholders in node, when the editor opted in; https only. */
  function thumbnails(node) {
    if (!imagesOn) return;
    node.querySelectorAll('[data-src]').forEach(function (link) {
      var src = link.getAttribute('data-src');
      if (!/^https:\\/\\//i.test(src)) return;
      var image = el('img', { class: 'thumb', alt: '', referrerpolicy: 'no-referrer', decoding: 'async' });
      image.src = src;
      link.prepend(image);
    });
  }

  function html(tag, attributes, markup) {
    var node = el(tag, attributes);
    node.innerHTML = markup;
    thumbnails(node);
    return node;
  }

  function diffView(change) {
    if (change.status !== 'changed') return null;
    if (!change.diff) return note('Only the group\\'s JSON changed; its Markdown is the same.', false);
    var LONG = 400;
    return el('div', { class: 'diff', 'aria-label': 'Word diff of the Markdown' }, change.diff.map(function (part) {
      if (part.op === 'insert') return el('ins', {}, [part.text]);
      if (part.op === 'delete') return el('del', {}, [part.text]);
      if (part.text.length <= LONG) return part.text;
      return el('span', {}, [part.text.slice(0, LONG / 2), el('span', { class: 'elided' }, [' … ']), part.text.slice(-LONG / 2)]);
    }));
  }

  function render(group) {
    var meta = ['slug ' + group.slug];
    if (group.kind) meta.push(group.kind);
    if (group.date) meta.push(group.date);
    var variants = group.titleVariants.length === 0
      ? el('p', { class: 'empty' }, ['No other titles.'])
      : el('ul', { class: 'variants' }, group.titleVariants.map(function (title) { return el('li', {}, [title]); }));
    var rows = group.sources.map(function (source) {
      return el('tr', {}, [
        el('td', {}, [el('code', {}, [source.path]), source.canonical ? ' (canonical)' : '']),
        el('td', {}, [source.title || '']),
        el('td', { class: 'number' }, [similarity(source)]),
        el('td', { class: 'number' }, [String(total(source.counts))]),
        el('td', { class: 'number' }, [percent(source.removedShare)]),
        el('td', {}, [source.status])
      ]);
    });
    var table = el('table', { class: 'sources' }, [
      el('thead', {}, [el('tr', {}, ['Source', 'Title', 'Similarity', 'Removals', 'Text removed', 'Status'].map(function (name) { return el('th', {}, [name]); }))]),
      el('tbody', {}, rows)
    ]);
    var canonical = typeof group.canonicalHtml === 'string'
      ? html('article', { class: 'canonical', 'aria-label': 'Canonical article' }, group.canonicalHtml)
      : el('article', { class: 'canonical' }, [note('The canonical Markdown could not be read.', true)]);
    var tabs = el('div', { class: 'tabs', role: 'tablist' });
    var panel = el('div', { class: 'source-panel', role: 'tabpanel' });
    group.sources.forEach(function (source, index) {
      var button = el('button', { type: 'button', role: 'tab', 'aria-selected': 'false', title: source.path },
        [(source.canonical ? '★ ' : '') + source.path]);
      button.addEventListener('click', function () { showSource(group, index, tabs, panel); });
      tabs.append(button);
    });
    var change = group.change ? [
      el('h3', {}, ['Since the compared commit: ' + group.change.status]),
      diffView(group.change)
    ] : [];
    view.replaceChildren.apply(view, [
      el('h2', {}, [group.title]),
      el('p', { class: 'meta-line' }, [meta.join(' · ')]),
      el('div', {}, group.notes.map(function (text) { return note(text, true); }))
    ].concat(change, [
      el('h3', {}, ['Title variants']), variants,
      el('h3', {}, ['Sources']), table,
      el('div', { class: 'columns' }, [
        el('section', {}, [el('h3', {}, ['Canonical article']), canonical]),
        el('section', {}, [el('h3', {}, ['Sources with removals marked']), tabs, panel])
      ])
    ]));
    document.title = group.title + ' · winnow review';
    if (group.sources.length > 0) showSource(group, 0, tabs, panel);
  }

  function showSource(group, index, tabs, panel) {
    var source = group.sources[index];
    Array.prototype.forEach.call(tabs.children, function (button, position) {
      button.setAttribute('aria-selected', String(position === index));
    });
    var parts = [el('p', { class: 'meta-line' }, [
      el('code', {}, [source.path]),
      ' · similarity ' + similarity(source) + ' · text removed ' + percent(source.removedShare) +
        (source.canonical ? ' · canonical member' : '')
    ])];
    source.notes.forEach(function (text) { parts.push(note(text, source.status === 'missing' || source.status === 'unreadable')); });
    parts.push(el('div', { class: 'chips' }, Object.keys(source.counts).sort().map(function (rule) {
      return el('span', { class: 'chip' }, [rule + ' ' + source.counts[rule]]);
    })));
    var raw = null;
    var reading = null;
    if (typeof source.html === 'string') {
      raw = el('pre', { class: 'source-text', 'aria-label': 'Source text of ' + source.path });
      raw.innerHTML = source.html;
    }
    if (typeof source.reading === 'string') {
      reading = html('div', { class: 'reading', 'aria-label': 'Rendered text of ' + source.path }, source.reading);
      if (raw) raw.hidden = true;
    }
    function show(showRaw) {
      if (reading) reading.hidden = showRaw;
      if (raw) raw.hidden = !showRaw && !!reading;
      rawButton.setAttribute('aria-pressed', String(showRaw));
      readingButton.setAttribute('aria-pressed', String(!showRaw));
    }
    var readingButton = el('button', { type: 'button', class: 'view-reading', 'aria-pressed': 'true' }, ['Rendered text']);
    var rawButton = el('button', { type: 'button', class: 'view-raw', 'aria-pressed': 'false' }, ['Raw source']);
    readingButton.addEventListener('click', function () { show(false); });
    rawButton.addEventListener('click', function () { show(true); });
    if (reading) {
      var collapse = el('button', { type: 'button', class: 'collapse-all' }, ['Collapse all removals']);
      var expand = el('button', { type: 'button', class: 'expand-all' }, ['Expand all']);
      collapse.addEventListener('click', function () { setAll(reading, true); });
      expand.addEventListener('click', function () { setAll(reading, false); });
      parts.push(el('div', { class: 'toolbar' }, [readingButton, rawButton, collapse, expand]));
      if (source.unshown > 0) parts.push(note(source.unshown + ' removal' + (source.unshown === 1 ? ' is' : 's are') +
        ' not in the rendered text (in <head>, in a script, or inside a tag): the raw source shows ' + (source.unshown === 1 ? 'it' : 'them') + '.', false));
      reading.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('.cut-toggle');
        if (toggle) setCollapsed(toggle.closest('.cut'), toggle.getAttribute('aria-expanded') === 'true');
      });
    }
    if (source.removals.length > 0) {
      parts.push(el('ol', { class: 'removals' }, source.removals.map(function (removal) {
        var place = removal.line === undefined ? '' : removal.line + ':' + (removal.column || 1) + ' ';
        var button = el('button', { type: 'button' }, [place + removal.ruleId + ' — ' + removal.reason]);
        button.addEventListener('click', function () {
          var selector = '[data-removal="' + removal.id + '"]';
          var label = reading && !reading.hidden && reading.querySelector(selector);
          if (!label && reading && raw && raw.querySelector(selector)) { show(true); }
          label = label || (raw && raw.querySelector(selector));
          if (!label) return;
          var cut = label.closest('.cut');
          if (cut) setCollapsed(cut, false);
          label.scrollIntoView({ block: 'center' });
          label.classList.add('flash');
          setTimeout(function () { label.classList.remove('flash'); }, 1200);
        });
        return el('li', {}, [button]);
      })));
    } else if (raw) {
      parts.push(el('p', { class: 'empty' }, ['Nothing removed.']));
    }
    if (reading) parts.push(reading);
    if (raw) parts.push(raw);
    panel.replaceChildren.apply(panel, parts);
  }

  function setCollapsed(cut, collapsed) {
    if (!cut) return;
    cut.classList.toggle('collapsed', collapsed);
    var toggle = cut.querySelector(':scope > .cut-head > .cut-toggle');
    if (toggle) {
      toggle.setAttribute('aria-expanded', String(!collapsed));
      toggle.textContent = collapsed ? '▸' : '▾';
    }
  }
  function setAll(root, collapsed) {
    root.querySelectorAll('.cut').forEach(function (cut) { setCollapsed(cut, collapsed); });
  }

  function step(delta) {
    var visible = items.filter(function (li) { return !li.hidden; });
    if (visible.length === 0) return;
    var current = visible.indexOf(bySlug.get(decodeURIComponent(location.hash.slice(1))));
    var next = visible[Math.max(0, Math.min(visible.length - 1, current + delta))];
    location.hash = '#' + next.getAttribute('data-slug');
  }

  function imagesState() {
    var state = document.getElementById('images-state');
    var toggle = document.getElementById('images-toggle');
    state.firstElementChild.textContent = imagesOn
      ? 'Images on: thumbnails load from their sites (https only).'
      : 'Images off: nothing loads from the network.';
    toggle.textContent = imagesOn ? 'Turn images off' : 'Load images';
    toggle.addEventListener('click', function () {
      location.href = location.pathname + (imagesOn ? '' : '?images=on') + location.hash;
    });
  }

  filter.addEventListener('input', applyFilter);
  if (onlyChanges) onlyChanges.addEventListener('change', applyFilter);
  filter.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var first = items.find(function (li) { return !li.hidden; });
    if (first) location.hash = '#' + first.getAttribute('data-slug');
  });
  document.addEventListener('keydown', function (event) {
    if (event.target === filter || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/') { event.preventDefault(); filter.focus(); }
    else if (event.key === 'j') step(1);
    else if (event.key === 'k') step(-1);
  });
  window.addEventListener('hashchange', route);
  imagesState();
  applyFilter();
  route();
  if (window.performance && performance.mark) performance.mark('winnow-index-shown');
  decode('search-text').then(function (texts) { articleText = texts; applyFilter(); });
})();
`
