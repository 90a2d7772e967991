import { createHash } from 'node:crypto'

/** The report's one script, and only progressive enhancement: without it every result is shown
 * and every section can still be opened. It filters results (by outcome, severity, rule, flow, site,
 * jurisdiction, text and newness; the state lives in the URL hash, so a filtered view can be linked)
 * and the rows of the site × rule matrix, sorts the matrix, opens what an anchor points at, copies a
 * finding as a ticket, expands or collapses sections, and opens them all before printing. It reads nothing but the report's own DOM. */
export const ENHANCE_SCRIPT = String.raw`
(function () {
  'use strict';
  var OUTCOMES = ['fail', 'needs-review', 'error', 'pass', 'not-applicable'];
  var SEVERITIES = ['critical', 'serious', 'moderate', 'minor', 'info'];
  var KEYS = ['outcome', 'severity', 'rule', 'flow', 'site', 'jurisdiction', 'q', 'new'];
  var doc = document;
  var all = function (selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); };
  var control = function (key) { return doc.querySelector('[data-filter="' + key + '"]'); };

  function blank() {
    return { outcome: 'all', severity: 'all', rule: '', flow: '', site: '', jurisdiction: '', q: '', 'new': '' };
  }
  function allowed(key, value) {
    if (key === 'outcome') return OUTCOMES.indexOf(value) >= 0;
    if (key === 'severity') return SEVERITIES.indexOf(value) >= 0;
    if (key === 'new') return value === '1' && !!control('new');
    if (key === 'q') return true;
    var select = control(key);
    return !!select && all('option', select).some(function (o) { return o.value === value; });
  }
  function parseHash(hash) {
    var state = blank();
    hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at < 0) return;
      var key, value;
      try {
        key = decodeURIComponent(pair.slice(0, at));
        value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
      } catch (e) { return; }
      if (KEYS.indexOf(key) >= 0 && allowed(key, value)) state[key] = value;
    });
    return state;
  }
  function isFilterHash(hash) { return /^#?(outcome|severity|rule|flow|site|jurisdiction|q|new)=/.test(hash); }
  function isActive(state, key) { return state[key] !== '' && state[key] !== 'all'; }
  function hashOf(state) {
    var parts = KEYS.filter(function (key) { return isActive(state, key); }).map(function (key) {
      return key + '=' + encodeURIComponent(state[key]);
    });
    return parts.length ? '#' + parts.join('&') : '';
  }

  // Every result once, with what the filters compare: attributes a result does not carry are its
  // rule's (on the rule's entry in the provisions section), its site is that of its section.
  var ruleData = {};
  all('.law[id]').forEach(function (law) { ruleData[law.id] = law; });
  var lawId = function (ruleId) { return 'law-' + ruleId.replace(/[^A-Za-z0-9_-]/g, '_'); };
  var groups = [];
  var sites = all('.site').map(function (el) { return { el: el, name: el.getAttribute('data-site'), empty: el.querySelector('.no-match'), shown: 0 }; });
  var entryOf = function (list, el) { for (var i = 0; i < list.length; i++) if (list[i].el === el) return list[i]; return null; };
  var rows = all('[data-outcome]').map(function (el) {
    // A quiet result names its rule only in its anchor, s3-r-confirmshaming.
    var rule = el.getAttribute('data-rule') || (/^s\d+-r-(.+)$/.exec(el.id) || [])[1] || '';
    var law = ruleData[lawId(rule)];
    var read = function (name) { return el.hasAttribute(name) || !law ? el.getAttribute(name) : law.getAttribute(name); };
    var groupEl = el.closest('.outcome-group');
    var group = entryOf(groups, groupEl);
    if (!group && groupEl) { group = { el: groupEl, shown: 0 }; groups.push(group); }
    var flow = read('data-flow');
    var jurisdictions = read('data-jurisdictions');
    // A finding names its flow and jurisdictions only where they differ from its result's.
    var ownOr = function (f, name, value) { return f.hasAttribute(name) ? f.getAttribute(name) : value; };
    return {
      el: el,
      outcome: el.getAttribute('data-outcome'),
      severity: read('data-severity'),
      rule: rule,
      flow: flow,
      jurisdictions: jurisdictions,
      isNew: el.getAttribute('data-new') === '1',
      group: group,
      site: entryOf(sites, el.closest('.site')),
      text: null,
      findings: all('.finding', el).map(function (f) {
        return { el: f, flow: ownOr(f, 'data-flow', flow), jurisdictions: ownOr(f, 'data-jurisdictions', jurisdictions), isNew: f.getAttribute('data-new') === '1', text: null };
      })
    };
  });

  // The matrix's rows, each with its site and the results that are not quiet (rule:outcome:severity).
  var QUIET = ['pass', 'not-applicable'];
  var matrixRows = all('.matrix tbody tr[data-cells]').map(function (el) {
    return {
      el: el,
      site: el.getAttribute('data-site'),
      text: null,
      cells: el.getAttribute('data-cells').split(' ').filter(Boolean).map(function (cell) {
        var part = cell.split(':');
        return { rule: part[0], outcome: part[1], severity: part[2] };
      })
    };
  });
  function rowMatches(row, state, q) {
    if (state.site && row.site !== state.site) return false;
    // The search reads results where there are some; on an overview of site pages, the sites' names.
    if (q && rows.length === 0) {
      if (row.text === null) row.text = normal(row.site + ' ' + (row.el.getAttribute('data-url') || ''));
      if (row.text.indexOf(q) < 0) return false;
    }
    if (QUIET.indexOf(state.outcome) >= 0) return !state.rule || !row.cells.some(function (c) { return c.rule === state.rule; });
    if (state.outcome === 'all' && state.severity === 'all' && !state.rule) return true;
    return row.cells.some(function (c) {
      return (state.outcome === 'all' || c.outcome === state.outcome) &&
        (state.severity === 'all' || c.severity === state.severity) &&
        (!state.rule || c.rule === state.rule);
    });
  }

  // The searchable text of a result and of each of its findings: what a reader sees, without
  // buttons. Read on the first search only, so opening the report walks no text.
  function textOf(node, skip) {
    var text = '';
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (child.nodeType === 1 && !child.matches(skip)) text += ' ' + textOf(child, skip);
    }
    return text;
  }
  var normal = function (text) { return text.toLowerCase().replace(/\s+/g, ' ').trim(); };
  function indexText(row) {
    if (row.text !== null) return;
    row.text = normal(textOf(row.el, '.finding, button, template, textarea'));
    row.findings.forEach(function (f) { f.text = normal(textOf(f.el, 'button, template, textarea')); });
  }
  var hasWord = function (list, word) { return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0; };
  function matches(item, state) {
    return (!state.flow || hasWord(item.flow, state.flow) || hasWord(item.flow, '*')) &&
      (!state.jurisdiction || hasWord(item.jurisdictions, state.jurisdiction)) &&
      (!state['new'] || item.isNew);
  }
  // Only changes are written: on open, with no filter, nothing in the document is touched.
  var show = function (el, visible) { if (el.hidden === visible) el.hidden = !visible; };

  var current = isFilterHash(location.hash) ? parseHash(location.hash) : blank();

  function apply(state) {
    current = state;
    var q = normal(state.q);
    groups.forEach(function (group) { group.shown = 0; });
    sites.forEach(function (site) { site.shown = 0; });
    rows.forEach(function (row) {
      var visible = (state.outcome === 'all' || row.outcome === state.outcome) &&
        (state.severity === 'all' || row.severity === state.severity) &&
        (!state.rule || row.rule === state.rule) &&
        (!state.site || (row.site !== null && row.site.name === state.site));
      if (q && visible) indexText(row);
      var ownText = !q || (row.text !== null && row.text.indexOf(q) >= 0);
      if (row.findings.length) {
        var any = false;
        row.findings.forEach(function (f) {
          var match = visible && matches(f, state) && (ownText || f.text.indexOf(q) >= 0);
          show(f.el, match);
          any = any || match;
        });
        visible = any;
      } else {
        visible = visible && matches(row, state) && ownText;
      }
      show(row.el, visible);
      if (visible && row.group) row.group.shown++;
      if (visible && row.site) row.site.shown++;
    });
    matrixRows.forEach(function (row) { show(row.el, rowMatches(row, state, q)); });
    groups.forEach(function (group) { show(group.el, group.shown > 0); });
    sites.forEach(function (site) {
      show(site.el, !state.site || site.name === state.site);
      if (site.empty) show(site.empty, site.shown === 0);
    });
    all('[data-set-outcome]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-set-outcome') === state.outcome));
    });
    all('[data-set-severity]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-set-severity') === state.severity));
    });
    all('.tile[data-tile-outcome]').forEach(function (tile) {
      tile.classList.toggle('is-selected', tile.getAttribute('data-tile-outcome') === state.outcome);
    });
    all('[data-filter]').forEach(function (input) {
      var key = input.getAttribute('data-filter');
      if (input.type === 'checkbox') input.checked = state[key] === '1';
      else if (input.value !== state[key]) input.value = state[key];
    });
    if (KEYS.some(function (key) { return isActive(state, key); })) {
      groups.forEach(function (group) {
        if (group.shown > 0) for (var d = group.el.firstElementChild; d; d = d.nextElementSibling) if (d.tagName === 'DETAILS') d.open = true;
      });
    }
  }

  function update(change) {
    var next = blank();
    for (var key in next) next[key] = key in change ? change[key] : current[key];
    var url = location.pathname + location.search + hashOf(next);
    try { history.replaceState(null, '', url); } catch (e) { location.hash = hashOf(next); }
    apply(next);
  }

  // An anchor (#site-2, #s3-r-confirmshaming) just scrolls; what it points at is opened first, and
  // shown again if a filter had hidden it.
  function reveal(hash) {
    var target = null;
    try { target = doc.getElementById(decodeURIComponent(hash.replace(/^#/, ''))); } catch (e) { return; }
    if (!target) return;
    if (target.closest('[hidden]')) apply(blank());
    for (var d = target; d; d = d.parentElement) if (d.tagName === 'DETAILS') d.open = true;
    target.scrollIntoView();
  }

  // The ticket of a finding, composed from what the finding shows, joined to its rule's part: the
  // same text as ticketMarkdown (ticket-markdown.ts), whose inline and codeSpan these copy. The
  // page's strings are read as text and only ever written as text.
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  var spelled = function (text) { return text.replace(BIDI, function (c) { return '[U+' + c.charCodeAt(0).toString(16).toUpperCase() + ']'; }); };
  var inline = function (text) { return spelled(text).replace(/\s+/g, ' ').trim().replace(/[\\\`*_[\]<>#|~]/g, '\\$&'); };
  function codeSpan(text) {
    var flat = spelled(text).replace(/\s+/g, ' ').trim();
    var longest = (flat.match(/\`+/g) || []).reduce(function (n, run) { return Math.max(n, run.length); }, 0);
    var fence = new Array(longest + 2).join('\`');
    var pad = flat.charAt(0) === '\`' || flat.charAt(flat.length - 1) === '\`' ? ' ' : '';
    return fence + pad + flat + pad + fence;
  }
  var textIn = function (root, selector) { var el = root.querySelector(selector); return el ? el.textContent : ''; };
  function ticketOf(finding) {
    var result = finding.closest('[data-rule]');
    var site = finding.closest('.site');
    var ruleId = result.getAttribute('data-rule');
    var head = /^([\s\S]*) flow(?: · step (-?\d+))?$/.exec(textIn(finding, '.finding-title')) || ['', '', undefined];
    var flow = head[1];
    var step = head[2];
    var action = null;
    if (step !== undefined) {
      all('.flow', site).some(function (section) {
        if (textIn(section, '.flow-head h3') !== flow) return false;
        var code = section.querySelector('li[data-step="' + step + '"] > div > code');
        action = code ? code.textContent : null;
        return true;
      });
    }
    var where = {};
    all('.details dl:not(.facts) > dt', finding).forEach(function (dt) { where[dt.textContent] = dt.nextElementSibling; });
    var lines = [
      '# [cancelcheck] ' + inline(textIn(result, 'h4') || ruleId) + ' — ' + inline(finding.getAttribute('data-site') || site.getAttribute('data-site')) + ' / ' + inline(flow),
      '',
      '**Severity:** ' + (finding.getAttribute('data-severity') || result.getAttribute('data-severity')) + ' · **Rule:** ' + codeSpan(ruleId) + (finding.getAttribute('data-new') === '1' ? ' · **New** since the baseline' : ''),
      '',
      inline(textIn(finding, '.message')),
      '',
      '## Where'
    ];
    if (where.Page) {
      var link = where.Page.querySelector('a');
      lines.push('- Page: ' + (link ? '<' + link.getAttribute('href') + '>' : codeSpan(where.Page.textContent)));
    }
    lines.push(step !== undefined ? '- Step: ' + step + (action ? ' (' + codeSpan(action) + ')' : '') : '- Step: the whole flow');
    if (where.Element) lines.push('- Element: ' + codeSpan(where.Element.textContent));
    if (where.Text) lines.push('- Element text: ' + codeSpan(where.Text.textContent));
    var facts = all('.facts > dt', finding);
    if (facts.length) {
      lines.push('', '## Facts');
      facts.forEach(function (dt) { lines.push('- ' + codeSpan(dt.textContent) + ': ' + inline(dt.nextElementSibling.textContent)); });
    }
    var shot = finding.getAttribute('data-shot');
    if (shot) lines.push('', 'Screenshot (relative to the report): ' + codeSpan(shot));
    var rulePart = finding.querySelector('template') || doc.getElementById('ticket-' + ruleId.replace(/[^A-Za-z0-9_-]/g, '_'));
    var text = lines.join('\n') + '\n';
    return rulePart ? text + '\n' + rulePart.content.textContent : text;
  }

  function copied(button, text) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = text;
    setTimeout(function () { button.textContent = label; }, 2000);
  }
  function copyTicket(button) {
    var finding = button.closest('.finding');
    var text = ticketOf(finding);
    // Without the clipboard API (or its permission) the text is shown selected, to copy by hand.
    var fallback = function () {
      var box = finding.querySelector('textarea.ticket-text');
      if (!box) {
        box = doc.createElement('textarea');
        box.className = 'ticket-text';
        box.readOnly = true;
        box.rows = 10;
        box.setAttribute('aria-label', 'Ticket text in Markdown');
        finding.appendChild(box);
      }
      box.value = text;
      box.focus();
      box.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (e) { ok = false; }
      copied(button, ok ? 'Copied' : 'Selected: press Ctrl+C');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copied(button, 'Copied'); }, fallback);
    } else fallback();
  }

  doc.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var outcome = target.closest('[data-set-outcome]');
    var severity = target.closest('[data-set-severity]');
    var tile = target.closest('.tile[data-tile-outcome]');
    var expand = target.closest('[data-expand]');
    var ticket = target.closest('[data-copy-ticket]');
    if (outcome) update({ outcome: outcome.getAttribute('data-set-outcome') });
    else if (severity) update({ severity: severity.getAttribute('data-set-severity') });
    else if (target.closest('[data-clear-filters]')) update(blank());
    else if (ticket) copyTicket(ticket);
    else if (tile) {
      event.preventDefault();
      var chosen = tile.getAttribute('data-tile-outcome');
      update({ outcome: current.outcome === chosen ? 'all' : chosen });
    } else if (expand) {
      var open = expand.getAttribute('data-expand') === 'all';
      all('details.collapsible').forEach(function (d) { d.open = open; });
    }
  });
  function onInput(event) {
    var input = event.target instanceof Element ? event.target.closest('[data-filter]') : null;
    if (!input) return;
    var change = {};
    change[input.getAttribute('data-filter')] = input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value;
    update(change);
  }
  doc.addEventListener('input', onInput);
  doc.addEventListener('change', onInput);
  window.addEventListener('hashchange', function () {
    if (isFilterHash(location.hash) || location.hash === '') apply(parseHash(location.hash));
    else reveal(location.hash);
  });
  window.addEventListener('beforeprint', function () {
    all('details').forEach(function (d) { d.open = true; });
  });

  // The matrix sorts by a column on a click of its header: worst first, then the other way; the
  // corner puts the sites back in the report's order.
  var SORT_WEIGHT = { 'sev-critical': 50, 'sev-serious': 40, 'sev-moderate': 30, 'sev-minor': 20, 'sev-info': 10, 'tone-needs-review': 5, 'tone-error': 4 };
  function cellWeight(cell) {
    if (!cell) return 0;
    if (cell.classList.contains('matrix-total')) return Number(cell.textContent) || 0;
    var weight = 0;
    for (var name in SORT_WEIGHT) if (cell.classList.contains(name)) weight = SORT_WEIGHT[name];
    var count = cell.querySelector('b');
    return weight + (count ? Number(count.textContent) / 100 : 0);
  }
  all('.matrix').forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    all('tr', body).forEach(function (row, i) { row.setAttribute('data-order', String(i)); });
    all('thead th', table).forEach(function (th, column) {
      th.tabIndex = 0;
      th.setAttribute('role', 'button');
      th.setAttribute('aria-sort', 'none');
      function sort() {
        var down = th.getAttribute('aria-sort') !== 'descending';
        var rows = all('tr', body);
        rows.sort(function (a, b) {
          if (column === 0) return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
          var diff = cellWeight(a.cells[column]) - cellWeight(b.cells[column]);
          return (down ? -diff : diff) || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        all('thead th', table).forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
        if (column !== 0) th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); sort(); } });
    });
  });

  all('.filters[hidden], [data-copy-ticket][hidden]').forEach(function (el) { el.hidden = false; });
  doc.documentElement.classList.add('has-script');
  apply(current);
  if (location.hash && !isFilterHash(location.hash)) reveal(location.hash);
})();
`

/** For the Content-Security-Policy: the only script allowed to run is this exact text. */
export const ENHANCE_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(ENHANCE_SCRIPT, 'utf8').digest('base64')}'`
