import { launchBrowser } from '../../browser/launch.js'
import { requireBrowser } from '../../browser/find-browser.js'
import { EXIT } from '../exit-codes.js'

/** Says which browser cancelcheck will use and whether it starts and renders a page. */
export async function doctorCommand(): Promise<number> {
  const found = requireBrowser()
  process.stdout.write(`browser: ${found.executablePath} (found via ${found.source})\n`)
  const started = Date.now()
  try {
    const { browser } = await launchBrowser(found)
    const page = await browser.newPage()
    await page.setContent('<p>cancelcheck</p>')
    const rendered = (await page.textContent('p')) === 'cancelcheck'
    process.stdout.write(`version: ${browser.version()}\n`)
    process.stdout.write(`launch:  ${rendered ? 'ok' : 'started but did not render a page'} (${Date.now() - started} ms)\n`)
    await browser.close()
    return rendered ? EXIT.ok : EXIT.incomplete
  } catch (err) {
    process.stdout.write(`launch:  failed — ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`)
    return EXIT.incomplete
  }
}
