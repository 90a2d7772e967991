import { randomUUID } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { printPdf } from '../browser/print-pdf.js'
import { formatTimestamp } from './format-time.js'
import { html } from './html/safe-html.js'
import type { Report } from './model.js'
import { renderHtml } from './render-html.js'

export const PDF_REPORT_FILE = 'report.pdf'

// The PDF is the HTML report as printed, for auditors who file a document rather than a folder:
// one source of layout (the report's print stylesheet), so the two never disagree.

const BAND_STYLE =
  'width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm; ' +
  'font: 8px/1.3 system-ui, sans-serif; color: #555;'

/** The site names, shortened so the header stays on one line however many sites were audited. */
function sitesLabel(report: Report): string {
  const names = report.sites.map((s) => s.site)
  if (names.length === 0) return 'no sites'
  const shown = names.slice(0, 3).join(', ')
  const label = names.length > 3 ? `${shown} and ${names.length - 3} more` : shown
  return label.length > 90 ? `${label.slice(0, 89)}…` : label
}

/** Chromium's header and footer of every page; the site names come from scenarios and are escaped. */
export function pdfPageBands(report: Report): { headerTemplate: string; footerTemplate: string } {
  return {
    headerTemplate: html`<div style="${BAND_STYLE}"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${report.tool.name} report: ${sitesLabel(report)}</span><span style="white-space: nowrap;">Law as of ${report.auditDate}</span></div>`.markup,
    footerTemplate: html`<div style="${BAND_STYLE}"><span>Indicators, not legal findings. Generated ${formatTimestamp(report.generatedAt)} by ${report.tool.name} ${report.tool.version}.</span><span style="white-space: nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`.markup,
  }
}

/** Prints the report, as the HTML reporter renders it, to `report.pdf`. The page is rendered afresh
 * into a temporary file of the report folder (so that its screenshots resolve) rather than taken
 * from `index.html`, which may be left from an earlier run when only the PDF is asked for.
 * Throws BrowserNotFoundError when there is no Chromium. */
export async function writePdfReport(report: Report, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true })
  const file = join(outDir, PDF_REPORT_FILE)
  const page = join(outDir, `.print-${randomUUID()}.html`)
  try {
    await writeFile(page, await renderHtml(report, outDir), 'utf8')
    await printPdf(page, file, pdfPageBands(report))
  } finally {
    await rm(page, { force: true })
  }
  return file
}
