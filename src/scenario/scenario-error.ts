import path from 'node:path'

/** One problem in a scenario file, located as precisely as the format allows. */
export interface ScenarioIssue {
  /** Relative to the working directory, as the user would type it. */
  file: string
  /** 1-based; absent for TypeScript scenarios and for problems with the file as a whole. */
  line?: number
  /** Where in the scenario, e.g. `flows[1].steps[3].fill`; empty for the scenario as a whole. */
  path: string
  message: string
}

/** Everything wrong with one or more scenario files: the message has one line per issue,
 * `file:line: path: message`, like a compiler's. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[]

  constructor(issues: ScenarioIssue[]) {
    super(issues.map(formatScenarioIssue).join('\n'))
    this.name = 'ScenarioError'
    this.issues = issues
  }
}

export function formatScenarioIssue(issue: ScenarioIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`
}

export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file
}
