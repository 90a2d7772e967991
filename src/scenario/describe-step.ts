import type { Step, Target } from './schema.js'

/** A step as one short line, for progress output, reports and traces: `fill label "Password" with
 * "${env.DEMO_PASSWORD}"`. Given the step as written, placeholders stay placeholders. */
export function describeStep(step: Step): string {
  if ('goto' in step) return `goto ${step.goto}`
  if ('click' in step) return `click ${describeTarget(step.click)}`
  if ('check' in step) return `check ${describeTarget(step.check)}`
  if ('uncheck' in step) return `uncheck ${describeTarget(step.uncheck)}`
  if ('fill' in step) return `fill ${describeTarget(step.fill.target)} with ${quote(step.fill.value)}`
  if ('select' in step) return `select ${quote(step.select.option)} in ${describeTarget(step.select.target)}`
  if ('press' in step) {
    const { key, target } = step.press
    return target ? `press ${key} in ${describeTarget(target)}` : `press ${key}`
  }
  if ('wait' in step) {
    const wait = step.wait
    if ('ms' in wait) return `wait ${wait.ms} ms`
    if ('text' in wait) return `wait for text ${quote(wait.text)}`
    if ('selector' in wait) return `wait for selector ${quote(wait.selector)}`
    return `wait for url ${quote(wait.url)}`
  }
  if ('expect' in step) return `expect text ${quote(step.expect.text)}`
  return `capture ${quote(step.capture)}`
}

/** `role=button name="/subscribe/i"`, `label "Email"`, `css "#plan-pro"`. */
export function describeTarget(target: Target): string {
  if ('role' in target) {
    const name = target.name === undefined ? '' : ` name=${quote(target.name)}`
    return `role=${target.role}${name}${exactMark(target.exact)}`
  }
  if ('label' in target) return `label ${quote(target.label)}${exactMark(target.exact)}`
  if ('text' in target) return `text ${quote(target.text)}${exactMark(target.exact)}`
  if ('placeholder' in target) return `placeholder ${quote(target.placeholder)}${exactMark(target.exact)}`
  if ('testId' in target) return `testId ${quote(target.testId)}`
  return `css ${quote(target.css)}`
}

function exactMark(exact: boolean | undefined): string {
  return exact ? ' (exact)' : ''
}

/** Double quotes around text meant for reading; only inner double quotes are escaped, so that a
 * pattern like `/\d+ days/` reads as written. */
export function quote(s: string): string {
  return `"${s.replaceAll('"', '\\"')}"`
}
