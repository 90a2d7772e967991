import { z } from 'zod'

/** What a flow is for: its `role` when the scenario names one, else what its name says
 * (src/rules/data/flow-roles.ts holds the words). */
export const FlowRole = z
  .enum(['signup', 'checkout', 'cancel', 'support', 'verify'])
  .describe(
    'What the flow is for, when its name does not say it: signup (creating an account or subscription), checkout (buying), cancel (ending the subscription), support (reaching customer service), verify (looking at the account again after cancelling).',
  )
export type FlowRole = z.infer<typeof FlowRole>
