import { createHash } from 'node:crypto'

/** The report's one script, and only progressive enhancement: without it every result is shown,
 * every section can still be opened and every ticket text read. It filters results (by outcome,
 * severity, rule, flow, site, jurisdiction, text and newness; the state lives in the URL hash, so a
 * filtered view can be linked), opens what an anchor points at, copies ticket texts, expands or
 * collapses sections, and opens them all before printing. It reads nothing but the report's own DOM. */
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

  // The searchable text of a result and of each of its findings, read once: what a reader sees,
  // without ticket texts and buttons.
  function textOf(node, skip) {
    var text = '';
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (child.nodeType === 1 && !child.matches(skip)) text += ' ' + textOf(child, skip);
    }
    return text;
  }
  var normal = function (text) { return text.toLowerCase().replace(/\s+/g, ' ').trim(); };
  var rows = all('[data-outcome]').map(function (el) {
    return {
      el: el,
      text: normal(textOf(el, '.finding, .ticket, button')),
      findings: all('.finding', el).map(function (f) { return { el: f, text: normal(textOf(f, '.ticket, button')) }; })
    };
  });
  var hasWord = function (list, word) { return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0; };
  function findingMatches(el, state) {
    var flows = el.getAttribute('data-flow');
    return (!state.flow || hasWord(flows, state.flow) || hasWord(flows, '*')) &&
      (!state.jurisdiction || hasWord(el.getAttribute('data-jurisdictions'), state.jurisdiction)) &&
      (!state['new'] || el.getAttribute('data-new') === '1');
  }

  var current = isFilterHash(location.hash) ? parseHash(location.hash) : blank();

  function apply(state) {
    current = state;
    var q = normal(state.q);
    rows.forEach(function (row) {
      var el = row.el;
      var show = (state.outcome === 'all' || el.getAttribute('data-outcome') === state.outcome) &&
        (state.severity === 'all' || el.getAttribute('data-severity') === state.severity) &&
        (!state.rule || el.getAttribute('data-rule') === state.rule) &&
        (!state.site || el.getAttribute('data-site') === state.site);
      var ownText = !q || row.text.indexOf(q) >= 0;
      if (row.findings.length) {
        var any = false;
        row.findings.forEach(function (f) {
          var match = show && findingMatches(f.el, state) && (ownText || f.text.indexOf(q) >= 0);
          f.el.hidden = !match;
          any = any || match;
        });
        show = any;
      } else {
        show = show && findingMatches(el, state) && ownText;
      }
      el.hidden = !show;
    });
    all('.outcome-group').forEach(function (group) {
      group.hidden = !group.querySelector('[data-outcome]:not([hidden])');
    });
    all('.site').forEach(function (site) {
      site.hidden = !!state.site && site.getAttribute('data-site') !== state.site;
      var empty = site.querySelector('.no-match');
      if (empty) empty.hidden = !!site.querySelector('.outcome-group:not([hidden])');
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
      all('.outcome-group:not([hidden]) > details').forEach(function (d) { d.open = true; });
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

  function copied(button, text) {
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = text;
    setTimeout(function () { button.textContent = label; }, 2000);
  }
  function copyTicket(button) {
    var box = button.closest('.finding').querySelector('.ticket textarea');
    if (!box) return;
    var shared = box.getAttribute('data-ticket-rule') ? doc.getElementById(box.getAttribute('data-ticket-rule')) : null;
    var text = box.value + (shared ? '\n' + shared.value : '');
    var fallback = function () {
      box.value = text;
      box.parentElement.open = true;
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

  all('.filters[hidden], [data-copy-ticket][hidden]').forEach(function (el) { el.hidden = false; });
  doc.documentElement.classList.add('has-script');
  apply(current);
  if (location.hash && !isFilterHash(location.hash)) reveal(location.hash);
})();
`

/** For the Content-Security-Policy: the only script allowed to run is this exact text. */
export const ENHANCE_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(ENHANCE_SCRIPT, 'utf8').digest('base64')}'`
