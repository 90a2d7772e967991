/** SIGINT (Ctrl-C) and SIGTERM (what CI runners and Kubernetes send) end an audit the same way:
 * no new site starts, sites cut off are dropped rather than recorded as failed, and what was done is
 * written. A second signal ends the process at once, as Playwright's runner does. */
export interface Interruption {
  signal: AbortSignal
  /** The signal received, once one was. */
  received(): InterruptSignal | undefined
  stop(): void
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM'

/** The shell's convention: 128 + the signal's number. */
export const INTERRUPT_EXIT: Record<InterruptSignal, number> = { SIGINT: 130, SIGTERM: 143 }

export function watchForInterruption(log: (line: string) => void): Interruption {
  const controller = new AbortController()
  let received: InterruptSignal | undefined
  const onSignal = (signal: InterruptSignal) => {
    if (received) {
      log(`cancelcheck: ${signal} again: stopping now; the report was not written`)
      process.exit(INTERRUPT_EXIT[signal])
    }
    received = signal
    log(`cancelcheck: ${signal} received: no new site starts; writing the report of the sites done (send it again to stop at once)`)
    process.on('uncaughtException', whileStopping)
    controller.abort(signal)
  }
  const onInt = () => onSignal('SIGINT')
  const onTerm = () => onSignal('SIGTERM')
  process.on('SIGINT', onInt)
  process.on('SIGTERM', onTerm)
  return {
    signal: controller.signal,
    received: () => received,
    stop: () => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      process.off('uncaughtException', whileStopping)
    },
  }
}

/** Closing the sites cut off races with Playwright's answers for their pages: an answer that creates
 * an object (an init script's handle) for a page already gone throws inside Playwright's own message
 * loop, where no caller can catch it, and would end the process before the report is written. Such
 * an error is harmless once the page is closed; any other still ends the process, as it would have. */
function whileStopping(error: Error): void {
  if (/^Cannot find parent object \S+ to create /.test(error?.message ?? '')) return
  process.stderr.write(`${error?.stack ?? String(error)}\n`)
  process.exit(1)
}
