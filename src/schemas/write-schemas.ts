// Writes the JSON Schemas of scenario files, config files and report.json into src/schemas/:
//   npx tsx src/schemas/write-schemas.ts
// The json-schemas test fails when a committed file differs from what this would write.
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from '../artifacts/write-atomic.js'
import { renderJsonSchemas } from './json-schemas.js'

const dir = fileURLToPath(new URL('./', import.meta.url))
const files = renderJsonSchemas()
for (const [file, text] of Object.entries(files)) await writeFileAtomic(`${dir}${file}`, text)
process.stderr.write(`wrote ${Object.keys(files).join(', ')} to src/schemas/\n`)
