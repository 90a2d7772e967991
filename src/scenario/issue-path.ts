export type PathSegment = string | number

/** A problem found while validating, before it is tied to a file and line. */
export interface PathIssue {
  path: PathSegment[]
  message: string
  /** The node to take the line from, when it is not `path` itself (an unknown key's own line). */
  at?: PathSegment[]
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `['flows', 1, 'steps', 3]` → `flows[1].steps[3]`: how a JavaScript or jq user would write it. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined
    if (!Object.hasOwn(value, segment)) return undefined
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  return value
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
