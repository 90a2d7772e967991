export const HELP = `cancelcheck — walks a site's signup, checkout, cancel and support flows in a real browser and
reports subscription dark patterns with evidence and the legal provisions they touch.

Usage
  cancelcheck run <scenario files or folders…> [--out DIR] [--timeout MS] [--fail-on LEVEL]
                  [--jurisdiction TAGS] [--concurrency N] [--json]
  cancelcheck validate <scenario files or folders…>
  cancelcheck rules [--json]
  cancelcheck doctor
  cancelcheck demo [--out DIR] [--jurisdiction TAGS]

Options
  -o, --out DIR            report folder (run: reports/latest, demo: reports/demo)
      --timeout MS         per-step timeout in milliseconds (default 10000)
      --fail-on LEVEL      critical | serious | moderate | minor | info: exit 1 on indicators at or
                           above this severity (default serious)
      --jurisdiction TAGS  the legal systems the report speaks for, comma-separated: us, us-ca,
                           us-ny, us-co, us-mn, us-ma, eu, de, uk (default: all). A US state brings
                           in US federal law, de brings in EU law. A rule with no provision in force
                           there is not applicable
      --concurrency N      sites walked at once (default: number of CPU cores)
  -q, --quiet              no progress lines
      --json               run: print report.json to stdout instead of the summary;
                           rules: print the catalogue as JSON

Exit codes
  0  no indicator at or above --fail-on
  1  indicators at or above --fail-on
  2  bad usage or input (the message names file, line and field)
  3  the audit is incomplete (no browser, a site unreachable, a flow failed); what was found is still written
`
