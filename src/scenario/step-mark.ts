import { z } from 'zod'

/** What an auditor can say a step is, so that rules judge that step instead of guessing it. Action
 * marks (`places-order`, `submits-cancellation`) name the step's own click; page marks name the page
 * the step left the user on. `as` is how a finding names it: "(marked as placing the order)". */
export const STEP_MARKS = {
  'places-order': { what: 'the click that places the paid order', as: 'placing the order' },
  'submits-cancellation': { what: 'the click that submits the cancellation', as: 'submitting the cancellation' },
  'confirms-order': { what: 'the page that confirms the order', as: 'confirming the order' },
  'confirms-cancellation': { what: 'the page that confirms the cancellation', as: 'confirming the cancellation' },
  'account-status': { what: 'the account page that shows whether the subscription still runs', as: 'the account status page' },
  'support-contact': { what: 'the page where a way to contact support is reached', as: 'reaching support' },
} as const

export type StepMark = keyof typeof STEP_MARKS
export const STEP_MARK_NAMES = Object.keys(STEP_MARKS) as [StepMark, ...StepMark[]]

export const StepMark = z
  .enum(STEP_MARK_NAMES)
  .describe(`What the step is, for rules to judge it instead of guessing: ${Object.entries(STEP_MARKS).map(([mark, { what }]) => `${mark} (${what})`).join('; ')}.`)

/** "(marked as placing the order)", for a finding's message. */
export const markedAs = (mark: StepMark): string => `(marked as ${STEP_MARKS[mark].as})`
