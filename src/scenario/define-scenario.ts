import type { FlowScript } from './loaded-scenario.js'
import type { z } from 'zod'
import type { FlowRole } from '../artifacts/flow-role.js'
import type { Mailbox, Step } from './schema.js'

interface FlowBase {
  name: string
  /** Start this flow in a new browser context instead of continuing the previous flows' one. */
  fresh?: boolean
  /** What the flow is for, when its name does not say it: a flow named "goodbye" that cancels. */
  role?: FlowRole
  /** The browser context to run in, by name: the first flow that names it opens it; a later flow
   * that names it returns to it as it was left. Without it, a flow continues the previous flow's. */
  context?: string
}

/** A flow in a TypeScript scenario: data steps, exactly as in YAML, or a script driving the page. */
export type FlowDefinition = (FlowBase & { steps: Step[]; run?: never }) | (FlowBase & { run: FlowScript; steps?: never })

export interface ScenarioDefinition {
  site: string
  baseUrl: string
  /** Per-step timeout in ms (default 10 s; `--timeout` overrides). */
  timeoutMs?: number
  /** How confirm and prompt dialogs are answered (default dismiss). */
  dialogs?: 'accept' | 'dismiss'
  /** Where the site's consumers are (`['us-ca', 'de']`): only their law applies to it. Default: all. */
  jurisdictions?: string[]
  /** The inbox of the scenario's address (IMAP or Mailpit), read after each flow. */
  mailbox?: z.input<typeof Mailbox>
  flows: FlowDefinition[]
}

/** Types a TypeScript scenario file's export. It is validated when loaded, like a YAML file; strings
 * may hold `${env.NAME}` placeholders, resolved and redacted the same way. */
export function defineScenario(scenario: ScenarioDefinition): ScenarioDefinition {
  return scenario
}
