import type { Dialog, Page } from 'playwright'
import { type NetworkActivity, trackNetwork } from './settle.js'

export type DialogResponse = 'accept' | 'dismiss'

/** What happened on the page during one step, besides what the step did itself. */
export interface StepEvents {
  /** The last main-frame document answer: its HTTP status and address. */
  response?: { status: number; statusText: string; url: string }
  /** A main-frame navigation that got no answer at all (a redirect loop, a refused connection). */
  navigationFailure?: { url: string; error: string }
  /** A main-frame navigation sent and not yet answered, nor failed: while it waits, the page can
   * neither be read nor photographed. */
  unanswered?: { url: string; since: number }
  dialogs: Array<{ type: string; message: string; response: DialogResponse }>
  downloads: Array<{ fileName: string; url: string }>
  /** Tabs and popups the step opened (a cancel link with target=_blank), watched from their start. */
  opened: Tab[]
}

/** A page the walk is on, with what is watched of it from the moment it opened. */
export interface Tab {
  page: Page
  network: NetworkActivity
  events: PageEvents
}

export interface PageEvents {
  /** Starts collecting for a new step. */
  begin(): void
  /** What was seen since `begin`. */
  collected(): StepEvents
}

const empty = (): StepEvents => ({ dialogs: [], downloads: [], opened: [] })

/** Watches a page for the things a step can cause besides its own effect: a navigation's HTTP status,
 * dialogs (answered as the scenario says, default dismiss), downloads and new tabs. `beforeunload`
 * is always accepted: refusing it would keep the walk on a page the scenario asked to leave. */
export function watchTab(page: Page, dialogs: DialogResponse): Tab {
  return { page, network: trackNetwork(page), events: watchPageEvents(page, dialogs) }
}

function watchPageEvents(page: Page, dialogs: DialogResponse): PageEvents {
  let events = empty()
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame() || !request.isNavigationRequest()) return
    events.unanswered = { url: request.url(), since: Date.now() }
  })
  page.on('response', (response) => {
    if (response.frame() !== page.mainFrame() || !response.request().isNavigationRequest()) return
    delete events.unanswered
    events.response = { status: response.status(), statusText: response.statusText(), url: response.url() }
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) delete events.unanswered
  })
  page.on('requestfailed', (request) => {
    if (request.frame() !== page.mainFrame() || !request.isNavigationRequest()) return
    delete events.unanswered
    // Aborted: a download, or a navigation replaced by the next one; neither leaves an error page.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return
    events.navigationFailure = { url: request.url(), error: request.failure()?.errorText ?? 'failed' }
  })
  page.on('dialog', (dialog: Dialog) => {
    const response: DialogResponse = dialog.type() === 'beforeunload' || dialog.type() === 'alert' ? 'accept' : dialogs
    events.dialogs.push({ type: dialog.type(), message: dialog.message(), response })
    void (response === 'accept' ? dialog.accept() : dialog.dismiss()).catch(() => undefined)
  })
  page.on('download', (download) => {
    events.downloads.push({ fileName: download.suggestedFilename(), url: download.url() })
    // The file itself is not kept: its name and address are the evidence, and its size is unknown.
    void download.cancel().catch(() => undefined)
  })
  // Watched at once: the popup's own first answer (its HTTP status) comes right after this event.
  page.on('popup', (popup) => events.opened.push(watchTab(popup, dialogs)))
  return {
    begin: () => {
      events = empty()
    },
    collected: () => events,
  }
}

/** Why the page a step ended on is not the page the site meant to show: an HTTP error status, or
 * a navigation that never got an answer (the browser then shows its own error page). */
export function errorPageReason(page: Page, events: StepEvents): string | undefined {
  const { response, navigationFailure } = events
  if (page.url().startsWith('chrome-error://') || (navigationFailure && !response)) {
    const failure = navigationFailure ? `${navigationFailure.error} at ${navigationFailure.url}` : 'the browser showed its error page'
    return `the page could not be loaded: ${failure}`
  }
  if (response && response.status >= 400 && sameDocument(response.url, page.url())) {
    return `the page answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} at ${response.url}`
  }
  return undefined
}

const sameDocument = (a: string, b: string): boolean => a.split('#')[0] === b.split('#')[0]

/** The type of a downloaded file, from its name: what a reader of the report needs to know. */
export function fileTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase()
  const known: Record<string, string> = {
    pdf: 'PDF document',
    doc: 'Word document',
    docx: 'Word document',
    odt: 'OpenDocument text',
    rtf: 'RTF document',
    txt: 'text file',
    zip: 'ZIP archive',
    png: 'image',
    jpg: 'image',
    jpeg: 'image',
  }
  return (extension && known[extension]) ?? (extension ? `.${extension} file` : 'file')
}

