// Runs before `npm run demo|test|bench` on a fresh clone: plain Node with no dependencies, because
// nothing is installed yet. Installs the npm packages when missing and Debian's Chromium when no
// browser is found and we are root; otherwise says exactly what is missing. Debian's dovecot-imapd
// too, the IMAP server the demo sites' mail is read from: `--mail-required` (the tests) fails without
// it, the demo runs without its mailbox and says so.
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const say = (line) => process.stderr.write(`${line}\n`)

if (!existsSync(join(root, 'node_modules', 'playwright')) || !existsSync(join(root, 'node_modules', '.bin', 'tsx'))) {
  say('cancelcheck: installing npm packages (npm install)…')
  // `npm install`, not `npm ci`: some npm set-ups write lock files without other platforms'
  // optional packages, which `npm ci` then rejects as out of sync; install still follows the lock.
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (install.status !== 0) {
    say('cancelcheck: npm install failed; see the output above.')
    process.exit(install.status ?? 1)
  }
}

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
const onPath = (name) => (process.env.PATH ?? '').split(':').some((dir) => dir && executable(join(dir, name)))

// Playwright's own download counts too; the project's launcher checks it in full at run time.
const playwrightCache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(process.env.HOME ?? '/root', '.cache', 'ms-playwright')
const hasPlaywrightChromium =
  existsSync(playwrightCache) &&
  readdirSync(playwrightCache).some((dir) => dir.startsWith('chromium-') &&
    ['chrome-linux', 'chrome-linux64'].some((sub) => executable(join(playwrightCache, dir, sub, 'chrome'))))

const hasBrowser =
  (process.env.CANCELCHECK_CHROMIUM && executable(process.env.CANCELCHECK_CHROMIUM)) ||
  hasPlaywrightChromium ||
  executable('/usr/bin/chromium') ||
  ['chromium-browser', 'google-chrome', 'google-chrome-stable'].some(onPath)

/** Installs a Debian package (as root, where apt-get is); false when that failed. */
const aptInstall = (pkg) => {
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    return true
  } catch {
    return false
  }
}
const canApt = process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')

if (!hasBrowser) {
  if (canApt) {
    say("cancelcheck: no Chromium found; installing Debian's chromium (apt-get install chromium)…")
    if (!aptInstall('chromium')) {
      say('cancelcheck: apt-get install chromium failed; install Chromium yourself or set CANCELCHECK_CHROMIUM.')
      process.exit(3)
    }
  } else {
    say('cancelcheck: no Chromium found. Install one (`sudo apt-get install -y chromium` on Debian/Ubuntu) or set CANCELCHECK_CHROMIUM to a Chromium/Chrome executable.')
    process.exit(3)
  }
}

const DOVECOT = '/usr/sbin/dovecot'
if (!executable(DOVECOT)) {
  const mailRequired = process.argv.includes('--mail-required')
  if (canApt) say("cancelcheck: no IMAP server for the demo mailbox; installing Debian's dovecot-imapd…")
  if (!(canApt && aptInstall('dovecot-imapd') && executable(DOVECOT))) {
    const how = `${DOVECOT} is missing: install it with \`sudo apt-get install -y dovecot-imapd\``
    if (mailRequired) {
      say(`cancelcheck: the mailbox tests read mail through a local IMAP server, and ${how}.`)
      process.exit(3)
    }
    say(`cancelcheck: the demo runs without its mailbox (no e-mail rules): ${how}.`)
  }
}
