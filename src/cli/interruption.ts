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
    },
  }
}
