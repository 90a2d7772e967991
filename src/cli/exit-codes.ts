/** ESLint's exit codes, plus one for an audit that could not see everything. */
export const EXIT = {
  /** Nothing at or above --fail-on. */
  ok: 0,
  /** Indicators at or above --fail-on. */
  findings: 1,
  /** Bad usage or input: the message names file, line and field. */
  usage: 2,
  /** The audit is incomplete: no browser, a site unreachable, a flow failed before its end. */
  incomplete: 3,
} as const

export class UsageError extends Error {}
