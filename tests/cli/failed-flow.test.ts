import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelcheck } from '../helpers/run-cli.js'
import { type ServedPages, servePages } from '../helpers/serve-pages.js'

let pages: ServedPages
let dir: string

const scenario = async (name: string, steps: string[]): Promise<string> => {
  const file = join(dir, `${name}.yaml`)
  await writeFile(file, `site: ${name}\nbaseUrl: ${pages.baseUrl}\ntimeoutMs: 1500\nflows:\n  - name: cancel\n    steps:\n${steps.map((s) => `      - ${s}\n`).join('')}`)
  return file
}

/** Every file the run wrote, text formats only, by path. */
async function writtenText(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(json|html|xml|sarif|csv)$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name)
      files.set(path, await readFile(path, 'utf8'))
    }
  }
  return files
}

beforeAll(async () => {
  pages = await servePages({
    '/account': '<h1>Your account</h1><a href="/plans">Change plan</a><button>Cancel</button><button>Cancel</button><button>Cancel subscription</button><button>Close account</button>',
  })
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-failed-flow-'))
})

afterAll(async () => {
  await pages?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('a flow that fails', () => {
  it('leaves no terminal escape codes from Playwright in any output', async () => {
    const file = await scenario('Slow shop', ['goto: /account', 'wait: { selector: "#never-there" }'])
    const out = join(dir, 'slow')
    const { code, stdout, stderr } = await cancelcheck(['run', file, '--out', out])
    expect(code).toBe(3)
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'))
    // The error is Playwright's own, call log and all.
    expect(report.sites[0].flows[0].steps[1].error).toMatch(/Timeout 1500ms exceeded/)
    const files = await writtenText(out)
    expect([...files.keys()].map((f) => f.slice(out.length))).toEqual(
      expect.arrayContaining(['/report.json', '/index.html', '/junit.xml', '/report.sarif', expect.stringMatching(/trace\.json$/)]),
    )
    for (const [path, text] of [...files, ['stdout', stdout], ['stderr', stderr]] as Array<[string, string]>) {
      expect({ path, escape: text.includes('\u001b') || text.includes('\\u001b') || /\[2m|\[22m/.test(text) }).toEqual({ path, escape: false })
    }
  })

  it('says in one line which step failed, on what and why, and sums up the rules it left unchecked', async () => {
    const file = await scenario('Missing shop', ['goto: /account', 'click: { role: button, name: Cancel my subscription }'])
    const { code, stdout, stderr } = await cancelcheck(['run', file, '--out', join(dir, 'missing'), '--format', 'json'])
    expect(code).toBe(3)
    const failure = 'failed at step 1, click role=button name="Cancel my subscription": nothing on the page matches it after 1500 ms; did you mean button "Cancel subscription"'
    expect(stderr).toContain(`Missing shop › cancel: ${failure}`)
    expect(stdout).toContain(`! cancel flow ${failure}`)
    expect(stdout).toMatch(/! \d+ rules could not check: the cancel flow failed at step 1 \(/)
    // One line for them all, none per rule.
    expect(stdout).not.toMatch(/^\s+! [a-z-]+\s+could not check/m)
  })

  it('names the matches of an ambiguous target and how to pick one', async () => {
    const file = await scenario('Ambiguous shop', ['goto: /account', 'click: { role: button, name: Cancel }'])
    const { code, stderr } = await cancelcheck(['run', file, '--out', join(dir, 'ambiguous'), '--format', 'json'])
    expect(code).toBe(3)
    expect(stderr).toContain(
      'Ambiguous shop › cancel: failed at step 1, click role=button name="Cancel": matches 3 visible elements: <button> "Cancel" (button:nth-of-type(1)), <button> "Cancel" (button:nth-of-type(2)), <button> "Cancel subscription" (button:nth-of-type(3)); pick one with exact: true',
    )
  })
})
