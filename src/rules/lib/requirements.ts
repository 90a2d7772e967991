import type { FlowTrace, SiteTrace } from '../../artifacts/site-trace.js'
import type { FlowNeed, Requirement } from '../../report/model.js'
import { cancelPathOf } from './cancel-path.js'
import { cancellationChoiceOf } from './cancellation-page.js'
import { contactChannels } from './contact-routes.js'
import { failureOf, roleOf, seenSteps } from './flows.js'

// What a rule's `meta.requires` asks of a trace, decided once for every rule: which flows it reads,
// whether any of them was walked, and whether they got as far as the rule needs.

const completed = (flow: FlowTrace): boolean => flow.status === 'completed'

/** Each need: when a flow has reached it, how a flow that stopped short falls short, and what it is
 * in a rule's documentation. */
export const NEEDS: Record<FlowNeed, { reached(flow: FlowTrace, site: SiteTrace): boolean; short: string; reads: string }> = {
  'every-page': { reached: completed, short: '', reads: 'every page, to the end' },
  'final-page': { reached: (flow) => completed(flow) && seenSteps(flow).length > 0, short: ', so its final page was never reached', reads: 'the page it ends on' },
  'any-page': { reached: (flow) => seenSteps(flow).length > 0, short: ', before any page of it could be read', reads: 'the pages it reached' },
  'cancel-entry': {
    reached: (flow, site) => completed(flow) || cancelPathOf(site, flow).entry !== undefined,
    short: ', before any control asking to cancel was pressed',
    reads: 'the press on the way in to cancelling',
  },
  'cancellation-form': {
    reached: (flow, site) => completed(flow) || Boolean(cancellationChoiceOf(site, flow).form?.confirmButton),
    short: ', before the cancellation form',
    reads: 'the way from choosing to cancel to the form that confirms it',
  },
  'contact-page': {
    reached: (flow) => completed(flow) || seenSteps(flow).some((s) => contactChannels(s.snapshot).length > 0),
    short: ', before any page with a contact channel',
    reads: 'the way to the first page with a contact channel',
  },
}

const meets = (flow: FlowTrace, requirement: Requirement): boolean =>
  requirement.flows.includes('any') || requirement.flows.some((role) => role === roleOf(flow))

/** "signup or checkout", "any". */
export const rolesText = (requirement: Requirement): string => requirement.flows.join(' or ')

/** The trace with only the flows `keep` accepts. A flow whose browser context another flow started
 * (one left out) is marked as starting its own, so that flows kept stay apart as they were. */
function withFlows(site: SiteTrace, keep: (flow: FlowTrace) => boolean): SiteTrace {
  if (site.flows.every(keep)) return site
  const flows: FlowTrace[] = []
  let newContext = false
  for (const flow of site.flows) {
    if (!keep(flow)) {
      if (flow.status !== 'skipped') newContext ||= flow.fresh
      continue
    }
    if (flow.status === 'skipped') {
      flows.push(flow)
      continue
    }
    flows.push(newContext && !flow.fresh ? { ...flow, fresh: true } : flow)
    newContext = false
  }
  return { ...site, flows }
}

/** What a rule gets to read of `site`: `notApplicable` when no walked flow meets a requirement that is
 * not optional; else the trace with only the flows it reads, and `short` when one of them stopped
 * before what the rule needs of it (the rule cannot then pass, only fail on what it did see). */
export function readFor(site: SiteTrace, requires: readonly Requirement[]): { notApplicable: string } | { trace: SiteTrace; short?: string } {
  const walked = site.flows.filter((f) => f.status !== 'skipped')
  const missing = requires.filter((r) => !r.optional && !walked.some((f) => meets(f, r)))
  if (missing.length > 0) {
    const names = missing.map((r) => (r.flows.includes('any') ? 'no flow' : `no ${rolesText(r)} flow`))
    return { notApplicable: `${names.join(' and ')} was walked${missing.some((r) => r.flows.includes('any')) ? ', so no page of the site was read' : ''}` }
  }
  const trace = withFlows(site, (flow) => requires.some((r) => meets(flow, r)))
  const shortfalls = trace.flows.flatMap((flow) =>
    requires
      .filter((r) => meets(flow, r) && !NEEDS[r.needs].reached(flow, trace))
      .slice(0, 1)
      .map((r) => `${failureOf(flow) ?? `the ${flow.name} flow ${flow.status === 'skipped' ? 'was skipped' : 'left no readable page'}`}${NEEDS[r.needs].short}`),
  )
  if (shortfalls.length > 0) return { trace, short: shortfalls.join('; ') }
  if (!trace.flows.some((f) => seenSteps(f).length > 0)) {
    const where = requires.some((r) => r.flows.includes('any')) ? 'the site' : `the ${requires.map(rolesText).join(' or ')} flows`
    return { trace, short: `no page of ${where} could be read` }
  }
  return { trace }
}

/** The roles of the flows a rule reads, in the order its requirements name them; `any` alone when it
 * reads every flow. */
export function rolesRead(requires: readonly Requirement[]): Array<Requirement['flows'][number]> {
  const roles = [...new Set(requires.flatMap((r) => r.flows))]
  return roles.includes('any') ? ['any'] : roles
}

/** "a `signup` or `checkout` flow: every page, to the end", for a rule's documentation. */
export const describeRequirement = (r: Requirement): string =>
  `${r.flows.includes('any') ? 'every flow' : `a ${r.flows.map((f) => `\`${f}\``).join(' or ')} flow`}: ${NEEDS[r.needs].reads}${r.optional ? ' (when walked)' : ''}`
