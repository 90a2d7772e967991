import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileNamePart } from '../../artifacts/file-name-part.js'
import { writeFileAtomic } from '../../artifacts/write-atomic.js'
import { codegenInvocation } from '../../browser/codegen-invocation.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { CodegenScriptError, codegenScenario, RECORDED_PASSWORD_VARIABLE } from '../../scenario/codegen-flow.js'
import { EXIT, UsageError } from '../exit-codes.js'
import type { CommonValues } from '../options.js'
import { parseUrl } from './scan.js'

/** `record <url> [file]`: opens Playwright's recorder in a browser window on the site; what the user
 * does there until they close the window is saved as a TypeScript scenario with one flow. An
 * existing file is never overwritten. */
export async function recordCommand(positionals: string[], values: CommonValues): Promise<number> {
  const [given, fileArg, ...extra] = positionals
  if (!given || extra.length > 0) throw new UsageError('record: expected a site URL and optionally the file to write, e.g. cancelcheck record https://shop.example scenarios/shop.ts')
  const url = parseUrl(given, 'record')
  const file = fileArg ?? join('scenarios', `${fileNamePart(new URL(url).host) || 'site'}.ts`)
  if (!/\.m?ts$/i.test(file)) throw new UsageError(`record: ${file}: expected a .ts file to write`)
  if (await stat(file).catch(() => undefined)) throw new UsageError(`record: ${file} already exists; remove it or name another file`)
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new UsageError('record: opens a browser window, and there is no display here (DISPLAY is not set); run it on a desktop, or under xvfb-run with a VNC viewer')
  }
  const log = values.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`)
  const scratch = await mkdtemp(join(tmpdir(), 'cancelcheck-record-'))
  try {
    const recording = join(scratch, 'recording.js')
    const { command, args, env } = codegenInvocation(url, recording, requireBrowser(log))
    log('cancelcheck record: click through the flow in the browser window, then close it to save')
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
      child.on('error', reject)
      child.on('close', (exit) => resolve(exit ?? 1))
    })
    const script = await readFile(recording, 'utf8').catch(() => undefined)
    if (script === undefined) {
      process.stderr.write(`cancelcheck record: the recorder ended (exit ${code}) without saving a recording\n`)
      return EXIT.incomplete
    }
    let scenario: string
    try {
      scenario = codegenScenario(script, url)
    } catch (err) {
      if (!(err instanceof CodegenScriptError)) throw err
      process.stderr.write(`cancelcheck record: ${err.message}; nothing written\n`)
      return EXIT.incomplete
    }
    await mkdir(dirname(file) || '.', { recursive: true })
    await writeFileAtomic(file, scenario)
    const shown = relative(process.cwd(), file) || file
    const password = scenario.includes(RECORDED_PASSWORD_VARIABLE) ? `, export ${RECORDED_PASSWORD_VARIABLE}` : ''
    process.stdout.write(`wrote ${shown}\nnext: name its flow${password}, then\n  cancelcheck validate ${shown}\n  cancelcheck run ${shown}\n`)
    return EXIT.ok
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
