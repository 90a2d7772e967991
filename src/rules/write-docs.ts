// Writes docs/rules/<id>.md for every rule and docs/rules/README.md with the rule table:
//   npx tsx src/rules/write-docs.ts
// The rule-files test fails when a page differs from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allRules } from './index.js'
import { renderRuleDoc, renderRuleIndex } from './render-docs.js'

const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url))
mkdirSync(docsDir, { recursive: true })
for (const rule of allRules) writeFileSync(`${docsDir}${rule.meta.id}.md`, renderRuleDoc(rule.meta))
writeFileSync(`${docsDir}README.md`, renderRuleIndex(allRules))
process.stderr.write(`wrote ${allRules.length} rule pages and the index to docs/rules/\n`)
