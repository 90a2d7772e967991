import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FoundBrowser } from './find-browser.js'

export interface Invocation {
  command: string
  args: string[]
  /** Added to the environment the command runs in. */
  env: Record<string, string>
}

/** Playwright's recorder (`playwright codegen`) on `url`, writing a `javascript` script to `output`,
 * in the browser cancelcheck uses. Codegen takes no executable path on its command line; it reads one
 * from PWTEST_CLI_EXECUTABLE_PATH, as its own tests do. Run with the Playwright this project
 * installed, through node, so no `npx` looks anything up. */
export function codegenInvocation(url: string, output: string, browser: FoundBrowser): Invocation {
  const cli = join(dirname(createRequire(import.meta.url).resolve('playwright/package.json')), 'cli.js')
  return {
    command: process.execPath,
    args: [cli, 'codegen', '--target=javascript', '--output', output, url],
    env: { PWTEST_CLI_EXECUTABLE_PATH: browser.executablePath },
  }
}
