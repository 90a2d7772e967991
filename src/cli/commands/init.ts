import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileNamePart } from '../../artifacts/file-name-part.js'
import { writeFileAtomic } from '../../artifacts/write-atomic.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { launchBrowser } from '../../browser/launch.js'
import { scanSite } from '../../discover/scan-site.js'
import { STARTER_SECRETS, starterScenario } from '../../discover/starter-scenario.js'
import { urlSecrets } from '../../discover/url-secrets.js'
import { SCAN_USER_AGENT } from '../../audit/scan-sites.js'
import { EXIT, UsageError } from '../exit-codes.js'
import { type CommonValues, DEFAULT_TIMEOUT_MS, positiveInt } from '../options.js'
import { parseUrl } from './scan.js'

/** `init <url> [file]`: finds the site's pages as a scan does and writes a starter scenario for a
 * person to finish. The site is the user's own, so its robots.txt is not asked. An existing file is
 * never overwritten: it may hold a finished scenario. */
export async function initCommand(positionals: string[], values: CommonValues): Promise<number> {
  const [given, fileArg, ...extra] = positionals
  if (!given || extra.length > 0) throw new UsageError('init: expected a site URL and optionally the file to write, e.g. cancelcheck init https://shop.example scenarios/shop.yaml')
  const url = parseUrl(given, 'init')
  const file = fileArg ?? join('scenarios', `${fileNamePart(new URL(url).host) || 'site'}.yaml`)
  if (!/\.ya?ml$/i.test(file)) throw new UsageError(`init: ${file}: expected a .yaml or .yml file to write`)
  if (await stat(file).catch(() => undefined)) throw new UsageError(`init: ${file} already exists; remove it or name another file`)
  const timeoutMs = positiveInt('timeout', values.timeout, DEFAULT_TIMEOUT_MS)
  const log = values.quiet ? () => undefined : (line: string) => process.stderr.write(`${line}\n`)
  const found = requireBrowser(log)
  // The scan's screenshots are not needed: only the path to each page and the page it ends on.
  const evidence = await mkdtemp(join(tmpdir(), 'cancelcheck-init-'))
  const { browser } = await launchBrowser(found)
  try {
    log(`cancelcheck init: looking for the plans, signup, help and cancel pages of ${url}`)
    const trace = await scanSite(browser, url, {
      outDir: evidence,
      siteDir: 'site',
      timeoutMs,
      userAgent: SCAN_USER_AGENT,
      pageDelayMs: 0,
      secrets: urlSecrets(url),
    })
    if (trace.error) {
      process.stderr.write(`cancelcheck init: ${trace.error}\n`)
      return EXIT.incomplete
    }
    await mkdir(dirname(file) || '.', { recursive: true })
    await writeFileAtomic(file, starterScenario(trace, url))
    const flows = trace.flows.filter((f) => f.name !== 'home').map((f) => `${f.name} (${f.steps.length} steps${f.status === 'failed' ? ', failed' : ''})`)
    const shown = relative(process.cwd(), file) || file
    process.stdout.write(`wrote ${shown}: ${flows.length > 0 ? flows.join(', ') : 'no flows found, only the home page'}\n`)
    process.stdout.write(`next: resolve its TODOs, export ${STARTER_SECRETS.email} and ${STARTER_SECRETS.password}, then\n  cancelcheck validate ${shown}\n  cancelcheck run ${shown}\n`)
    return EXIT.ok
  } finally {
    await browser.close().catch(() => undefined)
    await rm(evidence, { recursive: true, force: true })
  }
}
