import { z } from 'zod'
import { CancelcheckConfig, RuleLevels } from '../cli/config-file.js'
import { Report } from '../report/model.js'
import { allRules } from '../rules/index.js'
import { ScenarioFile } from '../scenario/schema.js'

/** The JSON Schemas published with the package, by file name in src/schemas/. Scenario and config
 * files are described as they may be written (`io: 'input'`: a field with a default may be left
 * out); report.json as the tool writes it. Draft-07 is the draft editors' YAML and JSON support
 * reads in full. Refinements written as code (a known ARIA role, a well-formed `/regex/`) have no
 * JSON Schema form: the loader still checks them, with the file's line in its message. */
export const JSON_SCHEMAS: Readonly<Record<string, { title: string; schema: z.ZodType; io: 'input' | 'output' }>> = {
  'scenario.schema.json': { title: 'cancelcheck scenario', schema: ScenarioFile, io: 'input' },
  'config.schema.json': { title: 'cancelcheck config file', schema: CancelcheckConfig, io: 'input' },
  'report.schema.json': { title: 'cancelcheck report.json', schema: Report, io: 'output' },
}

/** The text of each schema file, as committed. */
export function renderJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(JSON_SCHEMAS).map(([file, { title, schema, io }]) => {
      const generated = z.toJSONSchema(schema, {
        target: 'draft-07',
        io,
        override: ({ zodSchema, jsonSchema }) => {
          // The loader checks rule ids against the registry; the schema lists them for completion.
          if (zodSchema === RuleLevels) jsonSchema.propertyNames = { enum: allRules.map((rule) => rule.meta.id) }
        },
      })
      const { $schema, ...rest } = generated
      return [file, `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`]
    }),
  )
}
