/** The report's style sheet, inline so the report is one file that opens anywhere. */
export const REPORT_STYLES = `
:root {
  --ink: #1f2937; --ink-soft: #4b5563; --ink-faint: #6b7280; --line: #e5e7eb; --line-strong: #d1d5db;
  --bg: #f3f4f6; --card: #ffffff; --accent: #1d4ed8; --head: #111827;
  --critical: #9f1239; --critical-bg: #ffe4e6;
  --serious: #c2410c; --serious-bg: #ffedd5;
  --moderate: #a16207; --moderate-bg: #fef9c3;
  --minor: #0f766e; --minor-bg: #ccfbf1;
  --info: #1d4ed8; --info-bg: #dbeafe;
  --fail: #dc2626; --fail-bg: #fef2f2;
  --review: #b45309; --review-bg: #fffbeb;
  --error: #6d28d9; --error-bg: #f5f3ff;
  --pass: #15803d; --pass-bg: #f0fdf4;
  --na: #64748b; --na-bg: #f8fafc;
  --radius: 10px; --shadow: 0 1px 2px rgba(16,24,40,.06), 0 1px 3px rgba(16,24,40,.08);
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
a { color: var(--accent); }
code, .mono { font-family: var(--mono); font-size: .86em; }
code { background: #f3f4f6; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3em; overflow-wrap: anywhere; }
h1, h2, h3, h4, h5 { color: var(--head); line-height: 1.25; margin: 0; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 0 24px; }

/* Masthead */
.masthead { background: #0f172a; color: #e2e8f0; padding: 28px 0 76px; }
.masthead .brand { display: flex; align-items: center; gap: 10px; font-weight: 700; letter-spacing: .01em; color: #fff; font-size: 15px; }
.brand-mark { width: 26px; height: 26px; border-radius: 7px; background: linear-gradient(135deg, #38bdf8, #6366f1); display: inline-grid; place-items: center; color: #fff; font-size: 15px; }
.brand .version { font-weight: 400; color: #94a3b8; font-size: 13px; }
.masthead h1 { color: #fff; font-size: 28px; margin: 18px 0 6px; font-weight: 650; }
.masthead .meta { color: #94a3b8; font-size: 14px; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.masthead .meta strong { color: #e2e8f0; font-weight: 600; }
.masthead .sites-audited { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 8px; }
.masthead .sites-audited a { color: #e2e8f0; text-decoration: none; background: rgba(148,163,184,.16); border: 1px solid rgba(148,163,184,.28); padding: 2px 10px; border-radius: 999px; font-size: 13px; }
.masthead .sites-audited a:hover { background: rgba(148,163,184,.3); }

main.wrap { margin-top: -52px; padding-bottom: 48px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); }

/* Summary */
.summary { padding: 22px 24px; }
.summary h2 { font-size: 17px; margin-bottom: 14px; }
.tiles { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 12px; }
.tile {
  display: block; text-decoration: none; color: inherit; border-radius: 8px; padding: 12px 14px;
  border: 1px solid var(--line); border-top: 4px solid var(--tone); background: var(--tone-bg);
}
.tile:hover, .tile.is-selected { box-shadow: 0 0 0 2px var(--tone) inset; }
.tile .count { font-size: 30px; font-weight: 700; color: var(--tone); line-height: 1.1; font-variant-numeric: tabular-nums; }
.tile .label { font-weight: 600; font-size: 14px; color: var(--head); }
.tile .hint { font-size: 12px; color: var(--ink-faint); }
.tone-fail { --tone: var(--fail); --tone-bg: var(--fail-bg); }
.tone-needs-review { --tone: var(--review); --tone-bg: var(--review-bg); }
.tone-error { --tone: var(--error); --tone-bg: var(--error-bg); }
.tone-pass { --tone: var(--pass); --tone-bg: var(--pass-bg); }
.tone-not-applicable { --tone: var(--na); --tone-bg: var(--na-bg); }
.summary-row { display: grid; grid-template-columns: minmax(0, 0.8fr) minmax(0, 2fr); gap: 24px; margin-top: 20px; }
.summary h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-faint); margin-bottom: 8px; font-weight: 600; }
.severity-counts { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.severity-counts li { display: grid; grid-template-columns: 92px minmax(0, 1fr) 28px; align-items: center; gap: 10px; font-size: 14px; }
.severity-counts strong { font-variant-numeric: tabular-nums; font-size: 15px; text-align: right; }
.severity-counts .badge { justify-self: start; }
.severity-bar { height: 8px; background: #f1f5f9; border-radius: 4px; overflow: hidden; }
.severity-bar span { display: block; height: 100%; background: var(--tone); border-radius: 4px; }
.severity-counts li.is-zero { color: var(--ink-faint); }
.severity-counts li.is-zero .badge { opacity: .55; }
.disclaimer { margin: 18px 0 0; padding: 10px 14px; background: #f8fafc; border: 1px solid var(--line); border-radius: 8px; color: var(--ink-soft); font-size: 13.5px; }

table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { white-space: nowrap; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-faint); font-weight: 600; }
tr:last-child td { border-bottom: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.site-table a { font-weight: 600; text-decoration: none; }
.site-table th { white-space: normal; }
.table-scroll { overflow-x: auto; }

/* Badges */
.badge {
  display: inline-flex; align-items: center; gap: 5px; border-radius: 999px; padding: 1px 9px;
  font-size: 12px; font-weight: 650; white-space: nowrap; line-height: 20px; text-transform: capitalize;
  color: var(--tone); background: var(--tone-bg); border: 1px solid color-mix(in srgb, var(--tone) 30%, transparent);
}
.badge::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: var(--tone); }
.sev-critical { --tone: var(--critical); --tone-bg: var(--critical-bg); }
.sev-serious { --tone: var(--serious); --tone-bg: var(--serious-bg); }
.sev-moderate { --tone: var(--moderate); --tone-bg: var(--moderate-bg); }
.sev-minor { --tone: var(--minor); --tone-bg: var(--minor-bg); }
.sev-info { --tone: var(--info); --tone-bg: var(--info-bg); }
.status-complete { --tone: var(--pass); --tone-bg: var(--pass-bg); }
.status-incomplete { --tone: var(--error); --tone-bg: var(--error-bg); }
.status-completed { --tone: var(--pass); --tone-bg: var(--pass-bg); }
.status-failed { --tone: var(--fail); --tone-bg: var(--fail-bg); }
.status-skipped { --tone: var(--na); --tone-bg: var(--na-bg); }

/* Filters */
.filters {
  position: sticky; top: 0; z-index: 5; margin: 18px 0 0; padding: 10px 14px; display: flex; flex-wrap: wrap;
  align-items: center; gap: 8px 16px; background: rgba(243,244,246,.92); backdrop-filter: blur(6px);
  border: 1px solid var(--line); border-radius: var(--radius);
}
.filter-group { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.filter-group > span { font-size: 12px; font-weight: 600; color: var(--ink-faint); text-transform: uppercase; letter-spacing: .05em; margin-right: 2px; }
.filters button {
  font: inherit; font-size: 13px; border: 1px solid var(--line-strong); background: #fff; color: var(--ink);
  border-radius: 999px; padding: 3px 11px; cursor: pointer;
}
.filters button:hover { border-color: var(--ink-faint); }
.filters button[aria-pressed="true"] { background: var(--head); border-color: var(--head); color: #fff; }
.filters .spacer { flex: 1; }

/* Sites */
/* A site off screen is not laid out or painted until it comes near: fifty sites open as fast as
   one. \`auto\` remembers each site's size once it has been rendered, so the scrollbar settles. */
.site { margin-top: 28px; content-visibility: auto; contain-intrinsic-size: auto 3000px; }
.site-head { padding: 20px 24px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 14px; }
.site-head h2 { font-size: 22px; }
.site-head .base-url { color: var(--ink-soft); font-size: 14px; overflow-wrap: anywhere; }
.site-head .site-meta { margin-left: auto; display: flex; gap: 10px; align-items: center; color: var(--ink-soft); font-size: 14px; }
.site-head .cookie-banner-state { color: var(--tone); background: var(--tone-bg); border-radius: 999px; padding: 1px 10px; font-size: 13px; }
.site-error { margin: 0 24px 18px; }
.site-pages-note { margin: 18px 4px; color: var(--ink-soft); font-size: 14px; }
.site-counts { padding: 0 24px 18px; margin-top: -8px; display: flex; flex-wrap: wrap; gap: 8px; }
.site-counts .count-pill { font-size: 13px; border-radius: 999px; padding: 2px 10px; background: var(--tone-bg); color: var(--tone); border: 1px solid color-mix(in srgb, var(--tone) 25%, transparent); font-weight: 600; }
.site-counts .count-pill.is-zero { background: #fff; color: var(--ink-faint); border-color: var(--line); font-weight: 500; }
.section-title { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-faint); font-weight: 650; margin: 26px 0 10px; }
.alert { border-radius: 8px; padding: 10px 14px; font-size: 14px; border: 1px solid; }
.alert-error { background: var(--fail-bg); border-color: #fecaca; color: #991b1b; }

/* Flows and step strips */
.flow { padding: 16px 20px 18px; margin-bottom: 14px; }
.flow-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin-bottom: 12px; }
.flow-head h3 { font-size: 16px; text-transform: capitalize; }
.flow-head .flow-meta { color: var(--ink-faint); font-size: 13px; }
.flow > .alert { margin-bottom: 12px; }
.flow-mail { margin-top: 10px; padding-top: 8px; border-top: 1px dashed var(--border, #d0d4dc); }
.flow-mail h4 { margin: 0 0 6px; font-size: 14px; }
.flow-mail h4 small { font-weight: normal; opacity: .75; }
.strip { list-style: none; margin: 0; padding: 2px 2px 10px; display: flex; gap: 14px; overflow-x: auto; scroll-snap-type: x proximity; }
.step { flex: 0 0 208px; scroll-snap-align: start; border: 1px solid var(--line); border-radius: 8px; background: #fff; display: flex; flex-direction: column; position: relative; }
.step::after { content: "→"; position: absolute; right: -13px; top: 62px; color: var(--line-strong); font-size: 13px; }
.step:last-child::after { content: none; }
.step > :first-child { display: block; height: 136px; margin: 0; overflow: hidden; border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; background: #f8fafc; position: relative; }
.step > :first-child img { display: block; width: 100%; height: 100%; object-fit: cover; object-position: top left; }
.step > .no-shot { display: grid; place-items: center; color: var(--ink-faint); font-size: 12px; }
.step-marker { position: absolute; top: 6px; right: 6px; text-decoration: none; text-transform: none; background: #fff; }
/* A step's text, by position: index and kind, action, expect result, path, error, duration. */
.step > div { padding: 8px 10px 10px; display: flex; flex-direction: column; gap: 3px; font-size: 12.5px; min-width: 0; }
.step > div > small:first-child { display: flex; justify-content: space-between; align-items: center; color: var(--ink-faint); font-size: 11.5px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.step > div > small:first-child i { font-style: normal; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 4px; background: #f1f5f9; color: var(--ink-soft); text-transform: lowercase; letter-spacing: 0; }
.step > div > code { background: none; border: 0; padding: 0; font-size: 12px; color: var(--head); overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.step > div > code:hover { -webkit-line-clamp: unset; }
.step > div > span { color: var(--ink-soft); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.step > div > small:last-child { color: var(--ink-faint); font-size: 12px; font-variant-numeric: tabular-nums; display: flex; justify-content: space-between; }
.step-why { margin: 0; color: var(--ink-soft); font-size: 11.5px; overflow-wrap: anywhere; }
.step-error { margin: 0; color: #991b1b; background: var(--fail-bg); border-radius: 4px; padding: 3px 6px; overflow-wrap: anywhere; }
.step.is-failed { border-color: var(--fail); box-shadow: 0 0 0 1px var(--fail); }
.expect-pass { color: var(--pass); font-weight: 600; }
.expect-fail { color: var(--fail); font-weight: 600; }
.step-mark { justify-self: start; font-size: 11.5px; font-weight: 600; color: var(--head); border: 1px solid var(--line); border-radius: 4px; padding: 0 5px; }
.step-skipped { color: var(--ink-faint); font-size: 11.5px; font-weight: 600; }

/* Effort comparison */
.effort { padding: 16px 20px 18px; margin-bottom: 14px; }
.effort h3 { font-size: 16px; margin-bottom: 4px; }
.effort p { margin: 0 0 12px; color: var(--ink-soft); font-size: 14px; }
.effort-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; }
.effort-side { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.effort-side.is-cancel { border-color: #fecaca; background: var(--fail-bg); }
.effort-side .effort-label { font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-faint); }
.effort-side .effort-total { font-size: 32px; font-weight: 750; font-variant-numeric: tabular-nums; color: var(--head); line-height: 1.2; }
.effort-side.is-cancel .effort-total { color: var(--fail); }
.effort-bar { height: 8px; border-radius: 4px; background: #e5e7eb; margin: 6px 0 10px; overflow: hidden; }
.effort-bar span { display: block; height: 100%; background: var(--ink-faint); border-radius: 4px; }
.effort-side.is-cancel .effort-bar span { background: var(--fail); }
.effort-side dl { display: grid; grid-template-columns: 1fr auto; gap: 2px 12px; margin: 0; font-size: 13.5px; }
.effort-side dt { color: var(--ink-soft); }
.effort-side dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; text-align: right; }

/* Outcome groups and rule cards */
.outcome-group { margin-top: 8px; }
.group-note { font-size: 12.5px; color: var(--ink-faint); margin: 0 0 8px; }
.group-title { display: flex; align-items: center; gap: 10px; font-size: 18px; margin: 26px 0 12px; }
.group-title .count { font-size: 13px; font-weight: 700; color: var(--tone); background: var(--tone-bg); border-radius: 999px; padding: 1px 9px; border: 1px solid color-mix(in srgb, var(--tone) 30%, transparent); }
.group-title .group-icon { width: 22px; height: 22px; border-radius: 50%; background: var(--tone); color: #fff; display: inline-grid; place-items: center; font-size: 13px; font-weight: 800; }
.rule { margin-bottom: 14px; border-left: 4px solid var(--tone); overflow: hidden; }
.rule > summary { list-style: none; cursor: pointer; padding: 14px 18px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; }
.rule > summary::-webkit-details-marker { display: none; }
.rule > summary::before { content: "▸"; color: var(--ink-faint); transition: transform .15s; font-size: 13px; }
.rule[open] > summary::before { transform: rotate(90deg); }
.rule > summary h4 { font-size: 16px; font-weight: 650; }
.rule > summary .rule-id { color: var(--ink-faint); }
.rule > summary .rule-count { margin-left: auto; color: var(--ink-soft); font-size: 13px; }
.rule-body { padding: 0 18px 18px; }
.reason { margin: 0 0 12px; padding: 8px 12px; border-radius: 6px; background: var(--tone-bg); font-size: 14px; }
.reason strong { color: var(--tone); }

.finding { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin-top: 12px; scroll-margin-top: 70px; }
.finding:target { box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 40%, transparent); }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-bottom: 6px; font-size: 13px; color: var(--ink-faint); }
.finding-head .finding-title { color: var(--head); font-weight: 650; font-size: 14px; }
.finding .message { margin: 0 0 12px; font-size: 15px; color: var(--head); }
.finding-body { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 18px; align-items: start; }
.finding-body.no-evidence { grid-template-columns: minmax(0, 1fr); max-width: 560px; }
.finding-head .finding-title::first-letter { text-transform: uppercase; }
figure { margin: 0; }
.crop {
  display: block; position: relative; overflow: hidden; width: 100%; border-radius: 6px;
  /* A ring, not a border: a border would shrink the box the percentages are taken of, and the
     outline would drift off its element. */
  box-shadow: 0 0 0 1px var(--line-strong); background: #fff; cursor: zoom-in;
}
.crop-image { position: absolute; max-width: none; height: auto; display: block; }
.crop-outline {
  position: absolute; outline: 3px solid #e11d48; outline-offset: 2px; border-radius: 2px;
  box-shadow: 0 0 0 9999px rgba(15, 23, 42, .14);
}
figcaption { font-size: 12.5px; color: var(--ink-faint); margin-top: 6px; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.shot-plain { display: block; max-height: 360px; overflow: hidden; border: 1px solid var(--line-strong); border-radius: 6px; }
.shot-plain img { display: block; width: 100%; height: auto; }
.no-shot-note { font-size: 13px; color: var(--ink-faint); border: 1px dashed var(--line-strong); border-radius: 6px; padding: 14px; text-align: center; }
.details dl { margin: 0 0 12px; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 12px; font-size: 13.5px; }
.details dt { color: var(--ink-faint); font-weight: 600; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.details blockquote { margin: 0; padding: 2px 10px; border-left: 3px solid var(--line-strong); color: var(--ink); }
.details .facts { gap: 0; grid-template-columns: minmax(0, 45%) minmax(0, 1fr); font-size: 13px; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.details .facts dt, .details .facts dd { padding: 7px 10px; border-bottom: 1px solid var(--line); }
.details .facts > :nth-last-child(-n+2) { border-bottom: 0; }
.details .facts dt { font-family: var(--mono); font-weight: 500; color: var(--ink-soft); background: #f9fafb; }
.details .facts dd { font-weight: 600; font-variant-numeric: tabular-nums; }
.guidance { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-bottom: 14px; }
.fix { margin: 14px 0 0; font-size: 14px; }
.fix a { margin-left: 4px; font-size: 13.5px; }
.guidance div { background: #f9fafb; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; font-size: 14px; }
.guidance h5 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-faint); margin-bottom: 4px; }
.guidance p { margin: 0; }
.references { margin-top: 14px; }
.references h5 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-faint); margin-bottom: 4px; }
.references table { font-size: 13.5px; }
.references .note { display: block; color: var(--ink-faint); font-size: 12.5px; }
.references tr.informational td { color: var(--ink-soft); }
.references .informational-mark { display: block; margin-top: 2px; font-size: 12px; font-weight: 600; color: #92400e; }

.compact-list { list-style: none; margin: 0; padding: 0; }
.compact-list li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; padding: 9px 18px; border-top: 1px solid var(--line); font-size: 14px; }
.compact-list li:first-child { border-top: 0; }
.compact-list b { font-weight: 600; color: var(--head); }
.compact-list .why { flex-basis: 100%; color: var(--ink-soft); font-size: 13.5px; }
.group-card { overflow: hidden; border-left: 4px solid var(--tone); }
.group-card > summary { cursor: pointer; padding: 12px 18px; font-weight: 600; color: var(--ink-soft); font-size: 14px; }
.no-match { color: var(--ink-faint); font-size: 14px; padding: 12px 4px; }
.empty-note { color: var(--ink-soft); font-size: 14px; padding: 14px 18px; }
.interrupted-note { background: var(--error-bg); border-left: 4px solid var(--error); padding: 10px 14px; margin: 0 0 14px; font-size: 14px; }

footer.wrap { color: var(--ink-faint); font-size: 13px; padding-bottom: 40px; }

/* Site × rule matrix */
.matrix-block { margin-top: 22px; }
.matrix-hint { margin: 0 0 8px; color: var(--ink-faint); font-size: 13px; }
.matrix-scroll { overflow: auto; max-height: 72vh; border: 1px solid var(--line); border-radius: 8px; }
.matrix { width: auto; min-width: 100%; font-size: 13px; border-collapse: separate; border-spacing: 0; }
.matrix th, .matrix td { padding: 3px 4px; border-bottom: 1px solid var(--line); text-align: center; vertical-align: middle; background: #fff; }
.matrix thead th { position: sticky; top: 0; z-index: 2; vertical-align: bottom; border-bottom: 1px solid var(--line-strong); }
.matrix tfoot th, .matrix tfoot td { position: sticky; bottom: 0; z-index: 2; background: #f9fafb; border-top: 1px solid var(--line-strong); border-bottom: 0; font-variant-numeric: tabular-nums; }
.matrix tbody th, .matrix tfoot th, .matrix .matrix-corner { position: sticky; left: 0; z-index: 1; text-align: left; max-width: 220px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; border-right: 1px solid var(--line-strong); text-transform: none; letter-spacing: 0; font-size: 13px; color: var(--head); }
.matrix .matrix-corner, .matrix tfoot th { z-index: 3; }
.has-script .matrix thead th { cursor: pointer; }
.matrix thead th[aria-sort="descending"] { box-shadow: inset 0 -3px 0 var(--head); }
.matrix thead th[aria-sort="ascending"] { box-shadow: inset 0 3px 0 var(--head); }
.matrix tbody th a { text-decoration: none; font-weight: 600; }
.matrix .matrix-rule { height: 150px; padding: 6px 2px; text-transform: none; letter-spacing: 0; font-weight: 600; color: var(--ink-soft); }
.matrix .matrix-rule span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 140px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-family: var(--mono); font-size: 11.5px; }
.matrix .matrix-rule.is-warn-only span { font-style: italic; color: var(--ink-faint); }
.mx-cell a { display: inline-flex; align-items: center; justify-content: center; gap: 2px; min-width: 30px; height: 24px; padding: 0 4px; border-radius: 5px; text-decoration: none; font-weight: 800; font-size: 12px; color: var(--tone); background: var(--tone-bg); border: 1px solid color-mix(in srgb, var(--tone) 35%, transparent); }
.mx-cell a b { font-weight: 700; font-variant-numeric: tabular-nums; }
.matrix tbody td:not([class]) { color: var(--pass); opacity: .75; }
.mx-quiet { color: var(--na); opacity: .75; }
.mx-absent { color: var(--line-strong); }
.matrix tfoot td small { display: block; color: var(--ink-faint); font-size: 10.5px; }
.matrix .matrix-total { font-weight: 700; font-variant-numeric: tabular-nums; border-left: 1px solid var(--line-strong); }
.matrix tbody tr:hover th, .matrix tbody tr:hover td { background: #f8fafc; }

/* Baseline, warn-only and tickets */
.baseline { padding: 16px 24px; margin-top: 18px; }
.baseline h2 { font-size: 15px; font-weight: 600; }
.baseline-counts strong { font-variant-numeric: tabular-nums; }
.fixed-list { margin-top: 10px; }
.fixed-list > summary { cursor: pointer; font-weight: 600; color: var(--pass); }
.badge-new { --tone: #be123c; --tone-bg: #fff1f2; text-transform: none; }
.seen-before { font-size: 12px; color: var(--ink-faint); }
.warn-only { --tone: var(--na); --tone-bg: var(--na-bg); text-transform: none; font-weight: 600; }
.copy-ticket { margin-left: auto; font: inherit; font-size: 12.5px; border: 1px solid var(--line-strong); background: #fff; color: var(--ink-soft); border-radius: 6px; padding: 2px 10px; cursor: pointer; }
.copy-ticket:hover { border-color: var(--ink-faint); color: var(--head); }
.ticket-text { display: block; width: 100%; margin-top: 10px; font-family: var(--mono); font-size: 12px; border: 1px solid var(--line-strong); border-radius: 6px; padding: 8px; resize: vertical; }
.slow-mark { color: var(--serious); font-weight: 700; text-transform: uppercase; font-size: 10.5px; letter-spacing: .05em; }
.step.is-slow > div > small:last-child { color: var(--serious); }
.reference-line { margin: 14px 0 0; font-size: 13.5px; color: var(--ink-soft); }
.reference-line .informational-mark { display: inline; }
.provisions { margin-top: 36px; }
.law { margin-bottom: 8px; }
.law > summary { cursor: pointer; padding: 10px 16px; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; font-size: 14px; }
.law-body { padding: 0 16px 12px; }
.law .references { margin-top: 0; }
.law:target { box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 40%, transparent); }
.rule:target, .compact-list li:target { box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 40%, transparent); }
/* The sticky filter bar is up to three rows high: an anchor's target lands below it. */
.rule, .compact-list li, .law, .site, .finding.finding { scroll-margin-top: 190px; }

/* Filter selects and search */
.filter-selects { gap: 10px; }
.filter-select, .filter-search, .filter-new { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; }
.filter-select > span, .filter-search > span { font-size: 12px; font-weight: 600; color: var(--ink-faint); text-transform: uppercase; letter-spacing: .05em; }
.filters select, .filters input[type="search"] { font: inherit; font-size: 13px; border: 1px solid var(--line-strong); border-radius: 6px; padding: 2px 6px; background: #fff; max-width: 220px; }
.filters input[type="search"] { width: 180px; }
@media print { .copy-ticket, .ticket-text, .matrix-hint { display: none !important; } .matrix-scroll { max-height: none; overflow: visible; } .site { content-visibility: visible; } }

@media (max-width: 900px) {
  .tiles { grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); }
  .summary-row, .finding-body, .guidance, .effort-grid { grid-template-columns: minmax(0, 1fr); }
  .site-head .site-meta { margin-left: 0; }
}
@media (max-width: 560px) {
  .wrap { padding: 0 12px; }
  .summary, .site-head { padding: 16px; }
  .masthead h1 { font-size: 22px; }
}

@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 11pt; }
  .masthead { background: none; color: var(--ink); padding: 0 0 10px; border-bottom: 2px solid var(--head); }
  .masthead .brand, .masthead h1, .masthead .meta strong, .masthead .sites-audited a { color: var(--head); }
  .masthead .sites-audited a { border-color: var(--line-strong); background: none; }
  .brand-mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main.wrap { margin-top: 16px; }
  .wrap { max-width: none; padding: 0; }
  .filters, .toolbar { display: none !important; }
  .card { box-shadow: none; }
  .finding, .rule > summary, .effort, .tile, .step { break-inside: avoid; }
  .site { break-before: page; }
  .strip { flex-wrap: wrap; overflow: visible; }
  .step::after { content: none; }
  .step { flex: 0 0 calc((100% - 28px) / 3); min-width: 0; }
  h2, h3, h4, h5, .rule > summary, .law > summary, .flow-head { break-after: avoid; }
  .law { break-inside: avoid; }
  .tiles { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 8px; }
  .rule > summary::before { content: none; }
  .references a[href^="http"]::after { content: attr(href); display: block; font-size: 8pt; font-weight: 400; color: var(--ink-soft); overflow-wrap: anywhere; }
  details::details-content { content-visibility: visible; display: contents; }
  .badge, .tile, .crop-outline, .effort-bar span, .severity-bar span, .group-title .group-icon { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`
