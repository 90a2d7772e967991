import type { LegalReference, RuleDecides, RuleMeta } from '../report/model.js'
import type { Rule } from './define-rule.js'
import { referenceJurisdictions } from './jurisdictions.js'
import { describeRequirement, rolesRead } from './lib/requirements.js'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

const hostOf = (url: string): string => {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** A page does not know the day it is read, so it states the dates, not whether they have passed. */
const inForceFrom = (ref: LegalReference): string => (ref.commenced === false ? 'not yet (no date set)' : (ref.effectiveFrom ?? '—'))

const referenceRow = (ref: LegalReference): string =>
  `| ${cell(`**${ref.law}** — ${ref.cite}`)} | ${cell(ref.note ?? '')} | \`${ref.jurisdiction}\` | ${inForceFrom(ref)} | [${hostOf(ref.url)}](${ref.url}) |`

/** "info (critical for `de`)": the default, then where a jurisdiction weighs the pattern differently. */
const severityText = (meta: RuleMeta): string => {
  const overrides = Object.entries(meta.severityByJurisdiction ?? {}).map(([tag, severity]) => `${severity} for \`${tag}\``)
  return overrides.length === 0 ? meta.severity : `${meta.severity} (${overrides.join(', ')})`
}

/** "How it decides": one point reads as a paragraph, several as a list; then the case the rule
 * reports and the look-alike it leaves alone. */
const decidesSection = ({ how, flagged, notFlagged }: RuleDecides): string[] => [
  '## How it decides',
  '',
  ...(how.length === 1 ? how : how.map((point) => `- ${point}`)),
  '',
  `**Reported:** ${flagged}`,
  '',
  `**Not reported:** ${notFlagged}`,
  '',
]

/** The documentation page of one rule, in Markdown, made from its metadata alone so that the page
 * and the rule cannot disagree. */
export function renderRuleDoc(meta: RuleMeta): string {
  return [
    `# ${meta.title}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Rule id | \`${meta.id}\` |`,
    `| Category | ${meta.category} (OECD dark-pattern category) |`,
    `| Severity | ${severityText(meta)} |`,
    `| Flows read | ${meta.requires.map(describeRequirement).join('; ')} |`,
    `| In \`cancelcheck scan\` | ${meta.scan ? 'yes: it reads pages anyone can open' : 'no: it needs a scenario'} |`,
    `| Jurisdictions | ${referenceJurisdictions(meta).map((tag) => `\`${tag}\``).join(', ')} |`,
    '',
    '## What it checks',
    '',
    meta.help,
    '',
    ...decidesSection(meta.decides),
    '## How to fix',
    '',
    meta.fix,
    '',
    '## Legal references',
    '',
    '| Citation | What it provides | Jurisdiction | In force from | Official text |',
    '| --- | --- | --- | --- | --- |',
    ...meta.references.map(referenceRow),
    '',
    'A finding of this rule is an indicator: it records what the browser saw and which provisions it',
    'touches. Whether a practice is unlawful depends on facts a browser cannot see, such as where the',
    'consumer lives and what the contract says.',
    '',
    'A report keeps only the provisions of the jurisdictions it was run for (`--jurisdiction`); one that',
    'is not in force on the audit date is shown as informational and does not count toward the severity.',
    '',
    `_This page is generated from the rule's metadata (\`src/rules/${meta.id}.ts\`) by \`npx tsx src/rules/write-docs.ts\`._`,
    '',
  ].join('\n')
}

/** A table of all rules for a README: id (linking to its page), title, category, severity, flows. */
export function renderRuleTable(rules: readonly Rule[], docsPath = 'docs/rules'): string {
  return [
    '| Rule | What it finds | Category | Severity | Flows | Provisions it touches |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rules.map(
      ({ meta }) =>
        `| [\`${meta.id}\`](${docsPath}/${meta.id}.md) | ${cell(meta.title)} | ${meta.category} | ${severityText(meta)} | ${rolesRead(meta.requires).map((f) => `\`${f}\``).join(', ')} | ${cell([...new Set(meta.references.map((r) => r.law))].join(', '))} |`,
    ),
    '',
  ].join('\n')
}

/** The index page of docs/rules/: the rule table with links relative to that folder. */
export function renderRuleIndex(rules: readonly Rule[]): string {
  return ['# Rules', '', 'Every rule cancelcheck runs, with its own page.', '', renderRuleTable(rules, '.')].join('\n')
}

const README_START = '<!-- rules:start -->'
const README_END = '<!-- rules:end -->'

/** The README with its rule table (between the rules markers) replaced by the current one. */
export function withRuleTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`)
  return `${readme.slice(0, start + README_START.length)}\n${renderRuleTable(rules)}${readme.slice(end)}`
}
