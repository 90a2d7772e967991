import { execFileSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { chromium } from 'playwright'

export interface FoundBrowser {
  executablePath: string
  /** Where it was found: the env variable, Playwright's own download, or the system. */
  source: 'CANCELCHECK_CHROMIUM' | 'playwright' | 'system'
}

const SYSTEM_BROWSERS = ['/usr/bin/chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export const INSTALL_HINT =
  'No Chromium found. Install one with `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or set CANCELCHECK_CHROMIUM to the path of a Chromium or Chrome executable.'

export class BrowserNotFoundError extends Error {
  constructor(detail?: string) {
    super(detail ? `${INSTALL_HINT}\n${detail}` : INSTALL_HINT)
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name.startsWith('/')) return isExecutable(name) ? name : undefined
  for (const dir of (env.PATH ?? '').split(':')) {
    if (dir && isExecutable(`${dir}/${name}`)) return `${dir}/${name}`
  }
  return undefined
}

/** The order: CANCELCHECK_CHROMIUM, Playwright's own browser if downloaded, then system browsers. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const fromEnv = env.CANCELCHECK_CHROMIUM
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new BrowserNotFoundError(`CANCELCHECK_CHROMIUM=${fromEnv} is not an executable file.`)
    return { executablePath: fromEnv, source: 'CANCELCHECK_CHROMIUM' }
  }
  const bundled = playwrightBrowserPath()
  if (bundled) return { executablePath: bundled, source: 'playwright' }
  for (const name of SYSTEM_BROWSERS) {
    const path = onPath(name, env)
    if (path) return { executablePath: path, source: 'system' }
  }
  return undefined
}

function playwrightBrowserPath(): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** Installs Debian's chromium when we are root and apt-get exists; returns whether it did. */
export function installSystemChromium(log: (line: string) => void): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !onPath('apt-get')) return false
  log('cancelcheck: no Chromium found; installing Debian\'s chromium with apt-get (once)…')
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    return true
  } catch (err) {
    log(`cancelcheck: apt-get install chromium failed: ${err instanceof Error ? err.message : String(err)}`)
    return false
  }
}

/** Finds a browser, installing Debian's when it can; throws BrowserNotFoundError otherwise. */
export function requireBrowser(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): FoundBrowser {
  const found = findBrowser()
  if (found) return found
  if (installSystemChromium(log)) {
    const installed = findBrowser()
    if (installed) return installed
  }
  throw new BrowserNotFoundError()
}
