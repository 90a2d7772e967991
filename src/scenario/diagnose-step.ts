import { z } from 'zod'
import { describeValue, explainZodIssue, unwrap } from './explain-zod-issue.js'
import { isPlainObject, type PathIssue, type PathSegment } from './issue-path.js'
import { ACTIONS, MODIFIERS, Step, Target, WaitFor } from './schema.js'

/* zod reports a step that matches none of the Step union's forms as one "invalid input" with an
 * error per form (or, when only one form got far, that form's errors alone). Neither tells the
 * user what is wrong, so steps are explained here: first the shape every step shares (one action
 * key, and the modifiers beside it), then the action's own payload against its own schema. */

const ACTION_LIST = ACTIONS.join(', ')

/** Each action's payload schema, read from the Step union itself so the two cannot drift apart. */
const PAYLOADS: ReadonlyMap<string, z.ZodType> = new Map(
  Step.options.map((form) => Object.entries(form.shape)[0] as [string, z.ZodType]),
)
const MODIFIER_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(
  MODIFIERS.map((modifier) => [modifier, Step.options[0].shape[modifier as keyof (typeof Step.options)[0]['shape']] as z.ZodType]),
)

/** A union of one-kind objects (`{ role }` or `{ label }` or ...): its errors are explained as
 * "which kind did you mean", then against that kind's schema. */
interface KindChoice {
  union: z.ZodUnion<readonly z.ZodObject[]>
  /** What the object is called in messages. */
  name: string
  /** What its discriminating keys are called. */
  kind: string
}

const CHOICES: ReadonlyMap<z.ZodType, KindChoice> = new Map<z.ZodType, KindChoice>([
  [Target, { union: Target, name: 'target', kind: 'locator kind' }],
  [WaitFor, { union: WaitFor, name: 'wait', kind: 'condition' }],
])

function isAction(key: string): boolean {
  return PAYLOADS.has(key)
}

/** What is wrong with a step zod rejected. `written` is the whole scenario as written, for messages. */
export function diagnoseStep(step: unknown, path: PathSegment[], written: unknown): PathIssue[] {
  if (!isPlainObject(step)) {
    return [{ path, message: `expected a step: an object with one action (one of ${ACTION_LIST}), got ${describeValue(step)}` }]
  }
  const keys = Object.keys(step).filter((key) => !MODIFIERS.includes(key))
  const modifierIssues = diagnoseModifiers(step, path, written)
  const [action] = keys
  if (action === undefined) {
    const beside = Object.keys(step)
    const message = beside.length ? `a step has no action beside ${beside.join(' and ')}` : 'empty step'
    return [{ path, message: `${message} (expected one action: one of ${ACTION_LIST})` }, ...modifierIssues]
  }
  if (keys.length > 1) {
    const actions = keys.filter(isAction)
    const [only] = actions
    const hint =
      actions.length > 1
        ? ' (write each action as its own step)'
        : only !== undefined && step[only] === null
          ? ` (are the fields of "${only}" indented under it?)`
          : ` (beside the action only ${MODIFIERS.join(' and ')} may stand)`
    return [{ path, message: `a step has exactly one action, got ${keys.length} keys: ${keys.join(', ')}${hint}` }, ...modifierIssues]
  }
  const payload = PAYLOADS.get(action)
  if (!payload) return [{ path, message: `unknown action "${action}" (expected one of ${ACTION_LIST})` }, ...modifierIssues]
  return [...diagnoseValue(payload, step[action], [...path, action], written), ...modifierIssues]
}

/** The modifiers beside a step's action (`mark`, `optional`), each against its own schema. */
function diagnoseModifiers(step: Record<string, unknown>, path: PathSegment[], written: unknown): PathIssue[] {
  return MODIFIERS.flatMap((modifier) => {
    const schema = MODIFIER_SCHEMAS.get(modifier)
    return schema && modifier in step ? diagnoseValue(schema, step[modifier], [...path, modifier], written) : []
  })
}

/** Explains `value` against `schema`, handing fields that are kind choices (a target, a wait) to
 * `diagnoseChoice` instead of zod's union messages. */
function diagnoseValue(schema: z.ZodType, value: unknown, path: PathSegment[], written: unknown): PathIssue[] {
  const inner = unwrap(schema)
  const choice = CHOICES.get(inner)
  if (choice) return diagnoseChoice(choice, value, path, written)

  const result = schema.safeParse(value)
  if (result.success) return []
  const issues: PathIssue[] = []
  const diagnosedFields = new Set<string>()
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    const fieldSchema = inner instanceof z.ZodObject && typeof field === 'string' ? (inner.shape[field] as z.ZodType | undefined) : undefined
    const fieldValue = isPlainObject(value) && typeof field === 'string' ? value[field] : undefined
    if (fieldSchema && fieldValue !== undefined && typeof field === 'string' && CHOICES.has(unwrap(fieldSchema))) {
      if (!diagnosedFields.has(field)) {
        diagnosedFields.add(field)
        issues.push(...diagnoseValue(fieldSchema, fieldValue, [...path, field], written))
      }
      continue
    }
    issues.push(...explainZodIssue(issue, schema, value, path, written))
  }
  return issues
}

function diagnoseChoice(choice: KindChoice, value: unknown, path: PathSegment[], written: unknown): PathIssue[] {
  const { union, name, kind } = choice
  const forms = union.options
  const kinds = forms.map((form) => Object.keys(form.shape)[0] ?? '')
  const expected = `expected one of ${kinds.join(', ')}`
  if (!isPlainObject(value)) {
    return [{ path, message: `expected a ${name}: an object with one of ${kinds.join(', ')}, got ${describeValue(value)}` }]
  }
  const keys = Object.keys(value)
  const chosen = keys.filter((key) => kinds.includes(key))
  const [only] = chosen
  if (only === undefined) {
    const known = new Set(forms.flatMap((form) => Object.keys(form.shape)))
    const unknown = keys.find((key) => !known.has(key))
    if (unknown !== undefined) return [{ path, at: [...path, unknown], message: `unknown ${name} kind "${unknown}" (${expected})` }]
    return [{ path, message: `${name} has no ${kind} (${expected})` }]
  }
  if (chosen.length > 1) {
    return [{ path, message: `${name} has ${chosen.length} ${kind}s (${chosen.join(', ')}): use exactly one` }]
  }
  const form = forms[kinds.indexOf(only)]
  if (!form) return []
  const result = form.safeParse(value)
  if (result.success) return []
  return result.error.issues.flatMap((issue) => explainZodIssue(issue, form, value, path, written))
}
