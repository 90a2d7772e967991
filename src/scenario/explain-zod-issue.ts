import { z } from 'zod'
import { quote } from './describe-step.js'
import { type PathIssue, type PathSegment, valueAt } from './issue-path.js'

/** How one zod issue reads to someone editing a YAML file. zod's union errors for a step say nothing
 * useful, so `diagnose-step.ts` takes steps apart first and sends only plain issues here.
 *
 * `schema` is what was parsed and `parsed` the value it was given, both at `base`; `written` is the
 * whole scenario as the user wrote it, so "got ..." quotes `${env.NAME}`, not the resolved secret. */
export function explainZodIssue(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  parsed: unknown,
  base: readonly PathSegment[],
  written: unknown,
): PathIssue[] {
  const relative = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol')
  const path = [...base, ...relative]
  const shown = valueAt(written, path)
  const field = relative.at(-1)
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
    typeof field === 'string' &&
    valueAt(parsed, relative) === undefined
  ) {
    return [{ path: path.slice(0, -1), message: `missing required field "${field}"` }]
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') return [{ path, message: `expected a whole number, got ${String(shown)}` }]
      return [{ path, message: `expected ${expectedPhrase(issue.expected)}, got ${describeValue(shown)}` }]
    }
    case 'too_small':
      return [{ path, message: tooSmallMessage(issue, shown) }]
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return [{ path, message: `expected a number ${issue.inclusive ? '<=' : '<'} ${issue.maximum}, got ${String(shown)}` }]
      }
      return [{ path, message: `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}` }]
    case 'unrecognized_keys': {
      // `$schema` is there for editors; no one means it when mistyping a scenario's field.
      const known = objectKeys(schemaAt(schema, relative))?.filter((key) => key !== '$schema')
      const expected = known ? ` (expected one of ${known.join(', ')})` : ''
      return issue.keys.map((key) => ({ path, at: [...path, key], message: `unknown key "${key}"${expected}` }))
    }
    case 'invalid_value':
      return [{ path, message: `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(shown)}` }]
    case 'invalid_union':
      return [{ path, message: `${describeValue(shown)} does not match any of the allowed forms` }]
    default:
      return [{ path, message: issue.message }]
  }
}

function tooSmallMessage(issue: z.core.$ZodIssueTooSmall, shown: unknown): string {
  if (issue.origin === 'number' || issue.origin === 'int') {
    if (Number(issue.minimum) === 0 && !issue.inclusive) return `expected a positive number, got ${String(shown)}`
    return `expected a number ${issue.inclusive ? '>=' : '>'} ${issue.minimum}, got ${String(shown)}`
  }
  if (Number(issue.minimum) === 1) return 'must not be empty'
  return `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`
}

function expectedPhrase(expected: string): string {
  switch (expected) {
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list'
    case 'object':
      return 'an object'
    default:
      return `a ${expected}`
  }
}

/** A value as an error message should show it: its kind, and the value itself when short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'an empty value'
  if (typeof value === 'string') return `string ${quote(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'function') return 'a function'
  return 'an object'
}

/** The schema that validates the value at `path` inside a value of `schema`, through objects, arrays
 * and optional/default wrappers (unions have no single answer: undefined). */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema)
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') current = current.shape[segment] as z.ZodType | undefined
    else if (current instanceof z.ZodArray && typeof segment === 'number') current = current.element as z.ZodType
    else return undefined
    current = current && unwrap(current)
  }
  return current
}

export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

function objectKeys(schema: z.ZodType | undefined): string[] | undefined {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined
}
