export const HELP = `cancelcheck — walks a site's signup, checkout, cancel and support flows in a real browser and
reports subscription dark patterns with evidence and the legal provisions they touch.

Usage
  cancelcheck run <scenario files or folders…> [--out DIR] [--format LIST] [--fail-on LEVEL]
                  [--baseline FILE] [--config FILE] [--jurisdiction TAGS] [--timeout MS]
                  [--concurrency N] [--trace] [--single-file] [--json]
  cancelcheck scan <urls…> | --urls FILE [--out DIR] [--concurrency N] [--max-pages N]
                  [--site-budget MS] [--resume] [--ignore-robots] [--shard i/n]
                  [--browser-endpoint WS] [--format LIST] [--jurisdiction TAGS] [--fail-on LEVEL]
  cancelcheck merge <scan folders…> [--out DIR] [--format LIST]
  cancelcheck audit --from DIR [--out DIR] [--format LIST] [--fail-on LEVEL] [--baseline FILE]
                  [--config FILE] [--jurisdiction TAGS] [--json]
  cancelcheck validate <scenario files or folders…>
  cancelcheck rules [--json]
  cancelcheck doctor
  cancelcheck demo [--out DIR] [--jurisdiction TAGS]

Options
  -o, --out DIR            report folder (run: reports/latest, scan: reports/scan, demo: reports/demo,
                           audit: the --from folder)
      --format LIST        html, json, sarif, junit, csv, pdf, comma-separated (default: html, json,
                           sarif, junit; scan and merge add csv)
      --baseline FILE      an earlier report.json: findings are marked new, unchanged or fixed, and
                           only new ones fail the build
      --config FILE        rule levels and defaults (default: cancelcheck.config.json or .ts here),
                           e.g. { "rules": { "slow-step": "off", "nagging": "warn" } }
      --urls FILE          scan: one site URL per line (# comments allowed)
      --max-pages N        scan: pages visited per site (default 12)
      --site-budget MS     scan: time per site (default 60000)
      --resume             scan: keep the sites already in results.jsonl, scan the rest
      --ignore-robots      scan: do not read robots.txt (only for sites you may scan)
      --shard i/n          scan: every n-th site from the i-th; merge the shards' folders afterwards
      --browser-endpoint WS  scan: use a Playwright browser server (npx playwright run-server)
      --from DIR           audit: run the current rules on the traces an earlier run saved (no browser)
      --trace              keep a Playwright trace per flow (holds what was typed: keep it private)
      --single-file        screenshots inlined into index.html
      --timeout MS         per-step timeout in milliseconds (default 10000)
      --fail-on LEVEL      critical | serious | moderate | minor | info: exit 1 on indicators at or
                           above this severity (default serious)
      --jurisdiction TAGS  the legal systems the report speaks for, comma-separated: us, us-ca,
                           us-ny, us-co, us-mn, us-ma, eu, de, uk (default: all). A US state brings
                           in US federal law, de brings in EU law. A rule with no provision in force
                           there is not applicable
      --concurrency N      sites walked at once (default: number of CPU cores)
  -q, --quiet              no progress lines
      --json               run, audit: print report.json to stdout instead of the summary;
                           rules: print the catalogue as JSON

Exit codes
  0  no indicator at or above --fail-on (with --baseline: no new one; rules set to warn never fail)
  1  indicators at or above --fail-on
  2  bad usage or input (the message names file, line and field), or a report format that could not
     be written (the others still are); outranks 1 and 3, so a missing report never looks green
  3  the audit is incomplete (no browser, a site unreachable, a flow failed); what was found is still
     written; outranks 1
`
