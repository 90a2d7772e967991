import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BrowserNotFoundError, findBrowser, INSTALL_HINT } from '../../src/browser/find-browser.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-browser-'))
  await writeFile(join(dir, 'my-chrome'), '#!/bin/sh\n')
  await chmod(join(dir, 'my-chrome'), 0o755)
  await writeFile(join(dir, 'not-executable'), '')
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('findBrowser', () => {
  it('takes CANCELCHECK_CHROMIUM before anything else', () => {
    expect(findBrowser({ CANCELCHECK_CHROMIUM: join(dir, 'my-chrome'), PATH: '' })).toEqual({
      executablePath: join(dir, 'my-chrome'),
      source: 'CANCELCHECK_CHROMIUM',
    })
  })

  it('says what is wrong when CANCELCHECK_CHROMIUM is not an executable', () => {
    expect(() => findBrowser({ CANCELCHECK_CHROMIUM: join(dir, 'not-executable') })).toThrow(BrowserNotFoundError)
    expect(() => findBrowser({ CANCELCHECK_CHROMIUM: join(dir, 'not-executable') })).toThrow(/is not an executable file/)
  })

  it('finds a system browser on PATH by its usual names', () => {
    const found = findBrowser({ PATH: '/usr/bin:/bin' })
    // This machine's tests run on Debian's chromium; any system or downloaded browser will do.
    expect(found?.executablePath).toBeTruthy()
  })

  it('tells people exactly what to install', () => {
    expect(INSTALL_HINT).toContain('apt-get install -y chromium')
    expect(INSTALL_HINT).toContain('CANCELCHECK_CHROMIUM')
  })
})
