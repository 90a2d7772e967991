import { describe, expect, it } from 'vitest'
import { codeSpan, inline, ticketFindingMarkdown, ticketMarkdown, ticketRuleMarkdown } from '../../src/report/html/ticket-markdown.js'
import type { Finding } from '../../src/report/model.js'
import { FIXTURE_RULES, HOSTILE } from './fixture-report.js'

const meta = FIXTURE_RULES.find((r) => r.id === 'pre-ticked-upsell')!

const finding: Finding = {
  ruleId: meta.id,
  severity: 'serious',
  site: 'streamly-dark',
  flow: 'signup',
  step: 1,
  message: 'The checkbox "Add Streamly Protect" was already ticked.',
  evidence: {
    url: 'http://127.0.0.1:4173/pricing',
    selector: 'label.addon > input[type="checkbox"]',
    text: 'Add `Protect` (+€4.99/mo)',
    facts: { checked: true, price: '€4.99/mo', ratio: 2.3333, missing: null },
  },
  references: meta.references,
  baseline: 'new',
}

describe('ticketMarkdown', () => {
  const markdown = ticketMarkdown({
    finding,
    meta,
    stepAction: 'goto: /pricing',
    screenshot: 'sites/streamly-dark/signup-01.png',
    references: meta.references,
    auditDate: '2025-06-12',
  })

  it('has the title, severity, message, where, facts, guidance, references and screenshot', () => {
    expect(markdown.split('\n')[0]).toBe('# [cancelcheck] Paid add-on is selected before the user chooses it — streamly-dark / signup')
    expect(markdown).toContain('**Severity:** serious · **Rule:** `pre-ticked-upsell` · **New** since the baseline')
    expect(markdown).toContain('The checkbox "Add Streamly Protect" was already ticked.')
    expect(markdown).toContain('- Page: <http://127.0.0.1:4173/pricing>')
    expect(markdown).toContain('- Step: 1 (`goto: /pricing`)')
    expect(markdown).toContain('- Element: `label.addon > input[type="checkbox"]`')
    expect(markdown).toContain('- Element text: ``Add `Protect` (+€4.99/mo)``')
    expect(markdown).toContain('- `checked`: yes\n- `price`: €4.99/mo\n- `ratio`: 2.33\n- `missing`: —')
    expect(markdown).toContain(`## Why it matters\n${meta.help}`)
    expect(markdown).toContain(`## How to fix\n${meta.fix}`)
    expect(markdown).toContain('- EU CRD: [Directive 2011/83/EU, Art. 22](https://eur-lex.europa.eu/eli/dir/2011/83/oj) (eu, in force from 2014-06-13)')
    expect(markdown).toContain('Screenshot (relative to the report): `sites/streamly-dark/signup-01.png`')
  })

  it('is the finding part followed by the rule part', () => {
    const parts = `${ticketFindingMarkdown({ finding, meta, stepAction: 'goto: /pricing', screenshot: 'sites/streamly-dark/signup-01.png' })}\n${ticketRuleMarkdown(meta, meta.references, '2025-06-12')}`
    expect(markdown).toBe(parts)
  })

  it('marks a provision not yet in force on the audit date', () => {
    const future = ticketRuleMarkdown(meta, [{ ...meta.references[0]!, effectiveFrom: '2030-01-01' }], '2025-06-12')
    expect(future).toContain('(eu, informational: applies from 2030-01-01)')
  })

  it('keeps hostile page text inert: no link, image, heading or HTML survives', () => {
    const hostile: Finding = {
      ...finding,
      site: '# heading',
      message: `Click ![pixel](https://evil.example/t.png) or [here](javascript:alert(1)) ${HOSTILE.markup}`,
      evidence: { url: HOSTILE.url, text: '``` fence', selector: HOSTILE.scriptBreak, facts: { '`key`': '*bold*' } },
    }
    const md = ticketMarkdown({ finding: hostile, meta, references: [], auditDate: '2025-06-12' })
    expect(md).toContain('— \\# heading / signup')
    expect(md).toContain('Click !\\[pixel\\](https://evil.example/t.png) or \\[here\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>')
    expect(md).toContain('- Page: `javascript:alert(1)`')
    expect(md).toContain('- Element text: ```` ``` fence ````')
    expect(md).toContain('- `` `key` ``: \\*bold\\*')
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(md).not.toMatch(/(?<!\\)<img/)
  })

  it('spells out directional controls, as the report shows them, so they disguise no ticket', () => {
    const md = ticketMarkdown({ finding: { ...finding, message: 'Pay \u202Egnp.exe', evidence: { ...finding.evidence, text: 'a\u2066b' } }, meta, references: [], auditDate: '2025-06-12' })
    expect(md).toContain('Pay \\[U+202E\\]gnp.exe')
    expect(md).toContain('- Element text: `a[U+2066]b`')
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('escapes and fences text the CommonMark way', () => {
    expect(inline('a_b *c* [d] <e> #f |g| ~h~ \\i\n  j')).toBe('a\\_b \\*c\\* \\[d\\] \\<e\\> \\#f \\|g\\| \\~h\\~ \\\\i j')
    expect(codeSpan('plain')).toBe('`plain`')
    expect(codeSpan('a `b` c')).toBe('``a `b` c``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
  })
})
