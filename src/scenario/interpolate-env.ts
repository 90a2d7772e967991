import type { PathIssue, PathSegment } from './issue-path.js'

const PLACEHOLDER = /\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g

export interface InterpolatedScenario {
  value: unknown
  /** Every value taken from the environment, for redaction. */
  secrets: string[]
  /** One per placeholder whose variable is not set (the placeholder is then left as it is). */
  issues: PathIssue[]
}

/** Replaces `${env.NAME}` in every string of a scenario. Only plain objects and arrays are walked:
 * a TypeScript scenario's flow scripts pass through untouched. */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv): InterpolatedScenario {
  const secrets = new Set<string>()
  const issues: PathIssue[] = []

  const visit = (node: unknown, path: PathSegment[]): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (placeholder, name: string) => {
        const resolved = env[name]
        if (resolved === undefined) {
          issues.push({ path, message: `environment variable ${name} is not set` })
          return placeholder
        }
        // An empty value would "redact" every position of every string.
        if (resolved !== '') secrets.add(resolved)
        return resolved
      })
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...path, index]))
    if (isPlainData(node)) {
      return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, visit(field, [...path, key])]))
    }
    return node
  }

  return { value: visit(value, []), secrets: [...secrets], issues }
}

function isPlainData(node: unknown): node is Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return false
  const prototype: unknown = Object.getPrototypeOf(node)
  return prototype === Object.prototype || prototype === null
}
