import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cropAround } from '../../src/report/html/evidence-crop.js'
import { renderFlows } from '../../src/report/html/flow-strip.js'
import { createRenderContext } from '../../src/report/html/render-context.js'
import { readImageSize } from '../../src/report/html/image-size.js'
import { escapeHtml, html, httpUrl, reportRelativeUrl } from '../../src/report/html/safe-html.js'
import { formatDuration, formatTimestamp } from '../../src/report/format-time.js'
import { blankPng } from './blank-png.js'

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('html template', () => {
  it('escapes every interpolated value, arrays included, and keeps nested markup', () => {
    const inner = html`<b>${'<i>'}</b>`
    const out = html`<p title="${'"><script>'}">${inner}${['<x>', 1, null, undefined, false]}</p>`
    expect(out.markup).toBe('<p title="&quot;&gt;&lt;script&gt;"><b>&lt;i&gt;</b>&lt;x&gt;1</p>')
  })
})

describe('httpUrl', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(httpUrl(input)).toBe(expected)
  })
})

describe('reportRelativeUrl', () => {
  it.each([
    ['sites/streamly-dark/cancel-03.png', 'sites/streamly-dark/cancel-03.png'],
    ['sites/a b#c?/x.png', 'sites/a%20b%23c%3F/x.png'],
    ['sites\\win\\x.png', 'sites/win/x.png'],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['/etc/passwd', undefined],
    ['//evil.example/x.png', undefined],
    ['sites/../../x.png', undefined],
  ])('%s → %s', (input, expected) => {
    expect(reportRelativeUrl(input)).toBe(expected)
  })
})

describe('cropAround', () => {
  const image = { width: 1280, height: 2000 }

  it('centres a small element in a crop of the minimum size', () => {
    const crop = cropAround({ x: 600, y: 900, width: 80, height: 20 }, image)
    expect(crop).toEqual({ x: 320, y: 770, width: 640, height: 280 })
  })

  it('stays inside the image at its edges', () => {
    expect(cropAround({ x: 1250, y: 1990, width: 20, height: 8 }, image)).toEqual({ x: 640, y: 1720, width: 640, height: 280 })
    expect(cropAround({ x: 0, y: 0, width: 20, height: 8 }, image)).toEqual({ x: 0, y: 0, width: 640, height: 280 })
  })

  it('keeps the top of an element taller than the crop in view', () => {
    const crop = cropAround({ x: 100, y: 500, width: 900, height: 1200 }, image)
    expect(crop.y).toBe(500 - 56)
    expect(crop.height).toBe(560)
    expect(crop.width).toBe(900 + 2 * 56)
  })

  it('never crops more than the image', () => {
    expect(cropAround({ x: 10, y: 10, width: 50, height: 20 }, { width: 390, height: 200 })).toEqual({ x: 0, y: 0, width: 390, height: 200 })
  })
})

describe('readImageSize', () => {
  it('reads the size from a PNG or JPEG header, and nothing from other files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cancelcheck-png-'))
    await writeFile(join(dir, 'a.png'), blankPng(321, 123))
    await writeFile(join(dir, 'b.png'), 'not a png at all, not at all')
    // SOI, an APP0 segment to skip, then SOF0 with height 700 and width 1280.
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array<number>(14).fill(0)]
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0xbc, 0x05, 0x00, 0x03, ...Array<number>(9).fill(0)]
    await writeFile(join(dir, 'c.jpg'), Buffer.from([0xff, 0xd8, ...app0, ...sof0]))
    expect(await readImageSize(join(dir, 'a.png'))).toEqual({ width: 321, height: 123 })
    expect(await readImageSize(join(dir, 'c.jpg'))).toEqual({ width: 1280, height: 700 })
    expect(await readImageSize(join(dir, 'b.png'))).toBeUndefined()
    expect(await readImageSize(join(dir, 'missing.png'))).toBeUndefined()
    await rm(dir, { recursive: true, force: true })
  })
})

describe('formatting', () => {
  it('formats durations and timestamps', () => {
    expect(formatDuration(850)).toBe('850 ms')
    expect(formatDuration(4210)).toBe('4.2 s')
    expect(formatDuration(14_820)).toBe('15 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
    expect(formatTimestamp('2025-06-12T14:03:27.000Z')).toBe('12 Jun 2025, 14:03 UTC')
    expect(formatTimestamp('yesterday')).toBe('yesterday')
  })
})

describe('a flow\'s e-mails', () => {
  it('are listed beside its strip with their image, subject and sender, escaped', () => {
    const site = {
      site: 'Shop',
      baseUrl: 'https://shop.example',
      status: 'complete' as const,
      durationMs: 1,
      results: [],
      flows: [
        {
          name: 'cancel',
          status: 'completed' as const,
          durationMs: 1,
          steps: [],
          mail: {
            waitedMs: 2500,
            messages: [{ from: 'billing@shop.example', subject: 'Your <b>receipt</b>', receivedAt: '2026-01-01T10:11:12.000Z', image: 'sites/shop/01-cancel-mail-01.png' }],
          },
        },
        { name: 'support', status: 'completed' as const, durationMs: 1, steps: [], mail: { waitedMs: 6000, messages: [] } },
      ],
    }
    const report = { sites: [site], rules: [], jurisdictions: [], auditDate: '2026-01-01' } as unknown as Parameters<typeof createRenderContext>[0]
    const ctx = createRenderContext(report, new Map([['sites/shop/01-cancel-mail-01.png', { width: 720, height: 400 }]]))
    const markup = renderFlows(site, ctx).markup
    expect(markup).toContain('E-mail received <small>1 · waited 2.5 s</small>')
    expect(markup).toContain('<img src="sites/shop/01-cancel-mail-01.png" alt="The e-mail Your &lt;b&gt;receipt&lt;/b&gt;"')
    expect(markup).toContain('from billing@shop.example')
    expect(markup).toContain('none, in 6.0 s of waiting')
  })
})
