import type { Page } from 'playwright'
import type { FlowRole } from '../artifacts/flow-role.js'
import type { Mailbox, Step } from './schema.js'
import type { StepMark } from './step-mark.js'

/** A step ready to run: `step` has `${env.NAME}` resolved; `written` is the step as the user wrote it
 * (secrets still as `${env.NAME}`), which is all that output may show. */
export interface LoadedStep {
  step: Step
  written: string
  /** 1-based line in the scenario file, when the format has lines (YAML, JSON). */
  line?: number
}

export interface ScriptTools {
  /** Records a named snapshot of the page as it is now. */
  capture(name: string): Promise<void>
  /** Marks the step just taken as what it is (`places-order` after the click that buys), so that
   * rules judge it instead of guessing. */
  mark(mark: StepMark): void
}

/** A flow written as code (a TypeScript scenario): it receives Playwright's page, so code recorded
 * with `npx playwright codegen` can be pasted in. Every page action it takes is recorded as a step. */
export type FlowScript = (page: Page, tools: ScriptTools) => Promise<void>

interface LoadedFlowHead {
  name: string
  /** Opens a browser context no other flow names. */
  fresh: boolean
  /** What the flow is for, when the scenario says so; else its name says it. */
  role?: FlowRole
  /** The named browser context to open, or to return to if an earlier flow opened it. */
  context?: string
}

export type LoadedFlow = (LoadedFlowHead & { steps: LoadedStep[] }) | (LoadedFlowHead & { script: FlowScript })

export interface LoadedScenario {
  file: string
  site: string
  baseUrl: string
  timeoutMs?: number
  /** How confirm and prompt dialogs are answered; default dismiss. */
  dialogs?: 'accept' | 'dismiss'
  /** The site's own jurisdictions, when the scenario names them. */
  jurisdictions?: string[]
  /** The inbox read after each flow, with `${env.NAME}` resolved. */
  mailbox?: Mailbox
  flows: LoadedFlow[]
  /** Values pulled from the environment: redacted from every output. */
  secrets: string[]
}
