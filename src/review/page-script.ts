/**
 * The review page's script (inline, its hash is in the page's CSP). It filters
 * the index and renders one group at a time from the `<script
 * type="application/json" id="group-N">` blocks, on selection and hash change.
 * Strings from the data go in with `textContent`; only `canonicalHtml` and a
 * source's `html`, made safe in Node (sanitized / escaped), go in as HTML.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var list = document.getElementById('groups');
  var items = Array.prototype.slice.call(list.children);
  var filter = document.getElementById('filter');
  var count = document.getElementById('filter-count');
  var overview = document.getElementById('overview');
  var view = document.getElementById('group-view');
  var bySlug = new Map();
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

  function applyFilter() {
    var terms = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var text = li.getAttribute('data-search') || '';
      var hit = terms.every(function (term) { return text.indexOf(term) !== -1; });
      li.hidden = !hit;
      if (hit) shown++;
    });
    count.textContent = shown + ' of ' + items.length + ' groups';
  }

  function route() {
    var slug = decodeURIComponent(location.hash.slice(1));
    var li = bySlug.get(slug);
    items.forEach(function (item) { item.removeAttribute('aria-current'); });
    if (!li) {
      view.replaceChildren();
      view.hidden = true;
      overview.hidden = false;
      return;
    }
    li.setAttribute('aria-current', 'true');
    var block = document.getElementById('group-' + li.getAttribute('data-index'));
    render(JSON.parse(block.textContent));
    overview.hidden = true;
    view.hidden = false;
    view.parentElement.scrollTop = 0;
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
        el('td', {}, [source.status])
      ]);
    });
    var table = el('table', { class: 'sources' }, [
      el('thead', {}, [el('tr', {}, ['Source', 'Title', 'Similarity', 'Removals', 'Status'].map(function (name) { return el('th', {}, [name]); }))]),
      el('tbody', {}, rows)
    ]);
    var canonical = el('article', { class: 'canonical', 'aria-label': 'Canonical article' });
    if (typeof group.canonicalHtml === 'string') canonical.innerHTML = group.canonicalHtml;
    else canonical.append(note('The canonical Markdown could not be read.', true));
    var tabs = el('div', { class: 'tabs', role: 'tablist' });
    var panel = el('div', { class: 'source-panel', role: 'tabpanel' });
    group.sources.forEach(function (source, index) {
      var button = el('button', { type: 'button', role: 'tab', 'aria-selected': 'false', title: source.path },
        [(source.canonical ? '★ ' : '') + source.path]);
      button.addEventListener('click', function () { showSource(group, index, tabs, panel); });
      tabs.append(button);
    });
    view.replaceChildren(
      el('h2', {}, [group.title]),
      el('p', { class: 'meta-line' }, [meta.join(' · ')]),
      el('div', {}, group.notes.map(function (text) { return note(text, true); })),
      el('h3', {}, ['Title variants']), variants,
      el('h3', {}, ['Sources']), table,
      el('div', { class: 'columns' }, [
        el('section', {}, [el('h3', {}, ['Canonical article']), canonical]),
        el('section', {}, [el('h3', {}, ['Sources with removals marked']), tabs, panel])
      ])
    );
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
      ' · similarity ' + similarity(source) + (source.canonical ? ' · canonical member' : '')
    ])];
    source.notes.forEach(function (text) { parts.push(note(text, source.status === 'missing' || source.status === 'unreadable')); });
    parts.push(el('div', { class: 'chips' }, Object.keys(source.counts).sort().map(function (rule) {
      return el('span', { class: 'chip' }, [rule + ' ' + source.counts[rule]]);
    })));
    var pre = null;
    if (typeof source.html === 'string') {
      pre = el('pre', { class: 'source-text', 'aria-label': 'Source text of ' + source.path });
      pre.innerHTML = source.html;
    }
    if (source.removals.length > 0) {
      parts.push(el('ol', { class: 'removals' }, source.removals.map(function (removal) {
        var place = removal.line === undefined ? '' : removal.line + ':' + (removal.column || 1) + ' ';
        var button = el('button', { type: 'button' }, [place + removal.ruleId + ' — ' + removal.reason]);
        button.addEventListener('click', function () {
          var label = pre && pre.querySelector('[data-removal="' + removal.id + '"]');
          if (!label) return;
          label.scrollIntoView({ block: 'center' });
          label.classList.add('flash');
          setTimeout(function () { label.classList.remove('flash'); }, 1200);
        });
        return el('li', {}, [button]);
      })));
    } else if (pre) {
      parts.push(el('p', { class: 'empty' }, ['Nothing removed.']));
    }
    if (pre) parts.push(pre);
    panel.replaceChildren.apply(panel, parts);
  }

  function step(delta) {
    var visible = items.filter(function (li) { return !li.hidden; });
    if (visible.length === 0) return;
    var current = visible.indexOf(bySlug.get(decodeURIComponent(location.hash.slice(1))));
    var next = visible[Math.max(0, Math.min(visible.length - 1, current + delta))];
    location.hash = '#' + next.getAttribute('data-slug');
  }

  filter.addEventListener('input', applyFilter);
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
  applyFilter();
  route();
})();
`
