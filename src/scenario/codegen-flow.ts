/** The variable a recorded flow reads typed passwords from, so that none is written into the file. */
export const RECORDED_PASSWORD_VARIABLE = 'CANCELCHECK_PASSWORD'

/** Where codegen's `javascript` target puts the page the recording starts on, and the line it ends
 * the recorded actions with. */
const FIRST_PAGE = /^\s*const page = await context\.newPage\(\);\s*$/m
const END_OF_ACTIONS = /^\s*\/\/ -{5,}\s*$/m

/** A field whose value is a password, by the words its locator names it with. */
const PASSWORD_LOCATOR = /passw|pwd|passcode|kennwort|mot de passe|contrase|wachtwoord|passord|lösenord/i

/** `.fill('…')` at the end of a statement, the value a string literal as codegen quotes it. */
const FILL_CALL = /^(\s*await \w+\.(.*)\.fill\()('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")(\);\s*)$/

export class CodegenScriptError extends Error {}

/** A script recorded by `playwright codegen --target=javascript` as a TypeScript scenario with one
 * flow running the recorded actions: the launch and context lines codegen writes around them go, as
 * the walker opens the browser. A value typed into a password field is read from the environment
 * instead, so the file can be committed. Throws CodegenScriptError when the script is not such a
 * recording, or recorded nothing. */
export function codegenScenario(script: string, startUrl: string, importFrom = 'cancelcheck'): string {
  const start = FIRST_PAGE.exec(script)
  const end = END_OF_ACTIONS.exec(script)
  if (!start || !end || end.index < start.index) {
    throw new CodegenScriptError("not a script recorded by Playwright's codegen with --target=javascript (no `const page = await context.newPage();` … `// ---------------------`)")
  }
  const recorded = script
    .slice(start.index + start[0].length, end.index)
    .split('\n')
    .map((line) => line.replace(/^ {2}/, '').trimEnd())
  while (recorded[0] === '') recorded.shift()
  while (recorded.at(-1) === '') recorded.pop()
  if (!recorded.some((line) => line.trim().startsWith('await '))) throw new CodegenScriptError('the recording holds no action: nothing was clicked or typed')
  let password = false
  const body = recorded.map((line) => {
    const fill = FILL_CALL.exec(line)
    if (!fill || !PASSWORD_LOCATOR.test(fill[2] ?? '')) return line
    password = true
    return `${fill[1]}process.env.${RECORDED_PASSWORD_VARIABLE} ?? ''${fill[4]}`
  })
  // A popup or second tab opened in the recording comes from the page's context.
  const usesContext = body.some((line) => /\bcontext\./.test(line))
  const url = new URL(startUrl)
  const indent = (line: string) => (line === '' ? '' : `        ${line}`)
  return [
    `// Recorded with \`cancelcheck record ${startUrl}\` (Playwright's codegen). Name the flow by what`,
    '// it does (signup, checkout, support, cancel) and split the recording where it does several',
    '// things, one flow for each.',
    ...(password ? [`// The password typed while recording is read from ${RECORDED_PASSWORD_VARIABLE}: export it before \`cancelcheck run\`.`] : []),
    `import { defineScenario } from '${importFrom}'`,
    '',
    'export default defineScenario({',
    `  site: ${quote(url.host)},`,
    `  baseUrl: ${quote(url.origin)},`,
    '  flows: [',
    '    {',
    "      name: 'recorded',",
    '      run: async (page) => {',
    ...(usesContext ? [indent('const context = page.context();')] : []),
    ...body.map(indent),
    '      },',
    '    },',
    '  ],',
    '})',
    '',
  ].join('\n')
}

/** A string literal as codegen writes them: single quotes. */
const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
