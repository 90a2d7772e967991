import type { Finding, LegalReference, ReportedRule } from '../model.js'
import { notYetInForce } from '../../rules/jurisdictions.js'
import { httpUrl, showBidiControls } from './safe-html.js'

export interface TicketInput {
  finding: Finding
  /** The rule's metadata; absent for a rule id the report does not list. */
  meta: ReportedRule | undefined
  /** The action of the step the finding points at, as the scenario wrote it. */
  stepAction?: string
  /** The screenshot's path relative to the report folder. */
  screenshot?: string
  /** The references to list: those the finding carries, else the rule's in the report's jurisdictions. */
  references: readonly LegalReference[]
  auditDate: string
}

/** A finding as a Markdown issue body, to paste into a tracker. Everything from the audited page is
 * data here too: it is escaped so it cannot turn into links, images or headings in the tracker. */
export function ticketMarkdown(input: TicketInput): string {
  const rulePart = ticketRuleMarkdown(input.meta, input.references, input.auditDate)
  return rulePart ? `${ticketFindingMarkdown(input)}\n${rulePart}` : ticketFindingMarkdown(input)
}

/** What is particular to the finding: title, severity, message, where, facts and screenshot. */
export function ticketFindingMarkdown(input: Omit<TicketInput, 'references' | 'auditDate'>): string {
  const { finding, meta, stepAction, screenshot } = input
  const facts = Object.entries(finding.evidence.facts)
  const where = [
    finding.evidence.url ? `- Page: ${markdownUrl(finding.evidence.url)}` : undefined,
    finding.step !== null ? `- Step: ${finding.step}${stepAction ? ` (${codeSpan(stepAction)})` : ''}` : '- Step: the whole flow',
    finding.evidence.selector ? `- Element: ${codeSpan(finding.evidence.selector)}` : undefined,
    finding.evidence.text ? `- Element text: ${codeSpan(finding.evidence.text)}` : undefined,
  ]
  const lines = [
    `# [cancelcheck] ${inline(meta?.title ?? finding.ruleId)} — ${inline(finding.site)} / ${inline(finding.flow)}`,
    '',
    `**Severity:** ${finding.severity} · **Rule:** ${codeSpan(finding.ruleId)}${finding.baseline === 'new' ? ' · **New** since the baseline' : ''}`,
    '',
    inline(finding.message),
    '',
    '## Where',
    ...where.filter((line): line is string => line !== undefined),
    ...(facts.length > 0 ? ['', '## Facts', ...facts.map(([key, value]) => `- ${codeSpan(key)}: ${inline(formatFact(value))}`)] : []),
    ...(screenshot ? ['', `Screenshot (relative to the report): ${codeSpan(screenshot)}`] : []),
  ]
  return `${lines.join('\n')}\n`
}

/** What every finding of a rule shares: why it matters, how to fix it, the legal references. The
 * report holds it once per rule, and the copy button joins it to the finding's part. */
export function ticketRuleMarkdown(meta: ReportedRule | undefined, references: readonly LegalReference[], auditDate: string): string {
  const lines = [
    ...(meta ? ['## Why it matters', inline(meta.help), '', '## How to fix', inline(meta.fix)] : []),
    ...(references.length > 0 ? [...(meta ? [''] : []), '## Legal references', ...references.map((ref) => `- ${referenceLine(ref, auditDate)}`)] : []),
  ]
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function referenceLine(ref: LegalReference, auditDate: string): string {
  const href = httpUrl(ref.url)
  const cite = href ? `[${inline(ref.cite)}](${href.replaceAll('(', '%28').replaceAll(')', '%29')})` : inline(ref.cite)
  const later = notYetInForce(ref, auditDate)
  const date = ref.effectiveFrom ? `in force from ${ref.effectiveFrom}` : 'in force'
  return `${inline(ref.law)}: ${cite} (${ref.jurisdiction}, ${later ? `informational: ${later}` : date})`
}

/** Text on one line with Markdown's punctuation escaped, so it reads as the page wrote it. The
 * report's script has a copy of this and `codeSpan` (enhance-script.ts): keep them in step. */
export function inline(text: string): string {
  return showBidiControls(text).replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>#|~]/g, '\\$&')
}

/** A code span that holds any text: fenced by one backtick more than the longest run inside it,
 * padded with spaces when the text starts or ends with a backtick (CommonMark's rule). */
export function codeSpan(text: string): string {
  const flat = showBidiControls(text).replace(/\s+/g, ' ').trim()
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** An http(s) URL as an autolink (its `<>` are percent-encoded by the URL parser); anything else,
 * `javascript:` included, as code that no tracker makes clickable. */
function markdownUrl(url: string): string {
  const href = httpUrl(url)
  return href ? `<${href}>` : codeSpan(url)
}

export function formatFact(value: string | number | boolean | null): string {
  if (value === null) return '—'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100)
  return value
}
