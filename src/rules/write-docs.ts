// Writes docs/rules/<id>.md for every rule, docs/rules/README.md with the rule table, and the same
// table into the project README between its rules markers:
//   npx tsx src/rules/write-docs.ts
// The rule-files test fails when a page differs from what this would write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allRules } from './index.js'
import { renderRuleDoc, renderRuleIndex, withRuleTable } from './render-docs.js'

const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url))
mkdirSync(docsDir, { recursive: true })
for (const rule of allRules) writeFileSync(`${docsDir}${rule.meta.id}.md`, renderRuleDoc(rule.meta))
writeFileSync(`${docsDir}README.md`, renderRuleIndex(allRules))
const readme = fileURLToPath(new URL('../../README.md', import.meta.url))
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), allRules))
process.stderr.write(`wrote ${allRules.length} rule pages and the index to docs/rules/, and the table to README.md\n`)
