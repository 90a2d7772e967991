import { createHash } from 'node:crypto'

/** The report's one script, and only progressive enhancement: without it every result is shown
 * and every section can still be opened. It filters results by outcome and severity (state in the
 * URL hash, so a filtered view can be linked), expands or collapses sections, and opens them all
 * before printing. It reads nothing but the report's own data attributes. */
export const ENHANCE_SCRIPT = `
(function () {
  'use strict';
  var OUTCOMES = ['fail', 'needs-review', 'error', 'pass', 'not-applicable'];
  var SEVERITIES = ['critical', 'serious', 'moderate', 'minor', 'info'];
  var doc = document;
  var all = function (selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); };

  function parseHash(hash) {
    var state = { outcome: 'all', severity: 'all' };
    hash.replace(/^#/, '').split('&').forEach(function (pair) {
      var parts = pair.split('=');
      var key = decodeURIComponent(parts[0] || '');
      var value = decodeURIComponent(parts[1] || '');
      if (key === 'outcome' && OUTCOMES.indexOf(value) >= 0) state.outcome = value;
      if (key === 'severity' && SEVERITIES.indexOf(value) >= 0) state.severity = value;
    });
    return state;
  }
  function isFilterHash(hash) { return /^#?(outcome|severity)=/.test(hash); }
  function hashOf(state) {
    var parts = [];
    if (state.outcome !== 'all') parts.push('outcome=' + state.outcome);
    if (state.severity !== 'all') parts.push('severity=' + state.severity);
    return parts.length ? '#' + parts.join('&') : '';
  }

  var current = isFilterHash(location.hash) ? parseHash(location.hash) : { outcome: 'all', severity: 'all' };

  function apply(state) {
    current = state;
    all('[data-outcome]').forEach(function (el) {
      var show = (state.outcome === 'all' || el.getAttribute('data-outcome') === state.outcome) &&
        (state.severity === 'all' || el.getAttribute('data-severity') === state.severity);
      el.hidden = !show;
    });
    all('.outcome-group').forEach(function (group) {
      group.hidden = !group.querySelector('[data-outcome]:not([hidden])');
    });
    all('.site').forEach(function (site) {
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
    if (state.outcome !== 'all' || state.severity !== 'all') {
      all('.outcome-group:not([hidden]) > details').forEach(function (d) { d.open = true; });
    }
  }

  function update(change) {
    var next = { outcome: current.outcome, severity: current.severity };
    for (var key in change) next[key] = change[key];
    var url = location.pathname + location.search + hashOf(next);
    try { history.replaceState(null, '', url); } catch (e) { location.hash = hashOf(next); }
    apply(next);
  }

  doc.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var outcome = target.closest('[data-set-outcome]');
    var severity = target.closest('[data-set-severity]');
    var tile = target.closest('.tile[data-tile-outcome]');
    var expand = target.closest('[data-expand]');
    if (outcome) update({ outcome: outcome.getAttribute('data-set-outcome') });
    else if (severity) update({ severity: severity.getAttribute('data-set-severity') });
    else if (tile) {
      event.preventDefault();
      var chosen = tile.getAttribute('data-tile-outcome');
      update({ outcome: current.outcome === chosen ? 'all' : chosen });
    } else if (expand) {
      var open = expand.getAttribute('data-expand') === 'all';
      all('details.collapsible').forEach(function (d) { d.open = open; });
    }
  });
  window.addEventListener('hashchange', function () {
    if (isFilterHash(location.hash) || location.hash === '') apply(parseHash(location.hash));
  });
  window.addEventListener('beforeprint', function () {
    all('details').forEach(function (d) { d.open = true; });
  });

  all('.filters[hidden]').forEach(function (bar) { bar.hidden = false; });
  doc.documentElement.classList.add('has-script');
  apply(current);
})();
`

/** For the Content-Security-Policy: the only script allowed to run is this exact text. */
export const ENHANCE_SCRIPT_CSP_SOURCE = `'sha256-${createHash('sha256').update(ENHANCE_SCRIPT, 'utf8').digest('base64')}'`
