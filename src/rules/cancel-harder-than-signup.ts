import type { FlowTrace, SiteTrace } from '../artifacts/site-trace.js'
import { defineRule, failIfAny, pass, ruleError } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlCancellation,
  dsaInterfaceDesign,
  ftcNegativeOptionPolicy,
  massachusettsFeesAndRenewals,
  roscaNegativeOption,
  ucpdAggressiveBarriers,
} from './data/legal-references.js'
import { addEfforts, type Effort, effortOf } from './lib/effort.js'
import { failuresOf, flowsWithRole, isClickLike, pathOf, roleOf } from './lib/flows.js'

const describe = (e: Effort): string => {
  const parts = [`${e.clicks} click${e.clicks === 1 ? '' : 's'}`, `${e.fields} field${e.fields === 1 ? '' : 's'}`]
  if (e.gotos) parts.push(`${e.gotos} typed address${e.gotos === 1 ? '' : 'es'}`)
  return `${e.actions} action${e.actions === 1 ? '' : 's'} (${parts.join(', ')}) over ${e.pages} page${e.pages === 1 ? '' : 's'}`
}

/** What was left out of the counts, so that a reader can redo them. */
function notCounted(leave: Effort, join: Effort): string {
  const parts = [
    leave.credentialSteps ? `signing in when cancelling (${leave.credentialSteps} step${leave.credentialSteps === 1 ? '' : 's'})` : '',
    join.credentialSteps ? `the e-mail and password typed when joining (${join.credentialSteps} field${join.credentialSteps === 1 ? '' : 's'})` : '',
    join.paymentFields ? `payment and address details (${join.paymentFields} field${join.paymentFields === 1 ? '' : 's'})` : '',
  ].filter(Boolean)
  return parts.length ? ` Not counted: ${parts.join('; ')}.` : ''
}

/** Words of a shopping cart in an address or on the control that fills one. */
const CART = /\b(cart|basket|bag|panier|warenkorb|einkaufswagen|carrito|cesta|winkelwagen|winkelmand)\b|add[- ]to[- ]cart|in den warenkorb|ajouter au panier|añadir al carrito|in winkelwagen/i

/** Whether a flow bought goods through a shopping cart: a purchase beside the subscription, not
 * part of joining it. */
const buysGoods = (flow: FlowTrace): boolean =>
  flow.steps.some((s) => CART.test(pathOf(s.url).replace(/[/_-]/g, ' ')) || (isClickLike(s) && CART.test(s.target?.text ?? '')))

/** The flows that joined: sign-up and checkout flows, without a checkout that filled a shopping
 * cart when another flow did the joining (a shop's one-off purchase is no part of subscribing). */
function joiningFlows(site: SiteTrace): FlowTrace[] {
  const all = flowsWithRole(site, ['signup', 'checkout'])
  const subscribing = all.filter((f) => !(roleOf(f) === 'checkout' && buysGoods(f)))
  return subscribing.length > 0 ? subscribing : all
}

export default defineRule({
  meta: {
    id: 'cancel-harder-than-signup',
    title: 'Cancelling takes more steps than joining',
    category: 'obstruction',
    severity: 'serious',
    requires: [
      { flows: ['signup'], needs: 'every-page' },
      { flows: ['checkout'], needs: 'every-page', optional: true },
      { flows: ['cancel'], needs: 'every-page' },
    ],
    references: [
      ftcNegativeOptionPolicy,
      roscaNegativeOption,
      californiaArlCancellation,
      massachusettsFeesAndRenewals,
      dsaInterfaceDesign,
      ucpdAggressiveBarriers,
      bgbCancellationButton,
    ],
    help: 'When leaving takes more clicks, fields and pages than joining did, some people give up and keep paying for something they tried to end. Cancellation should be at least as easy as signing up, through the same medium.',
    fix: 'Let users cancel from their account in no more steps than it took to sign up, without surveys or repeated offers standing in the way.',
    decides: {
      how: [
        'Counts the actions of joining and of cancelling: clicks, fields filled and addresses typed, over the pages they touched, leaving out signing in before cancelling, the e-mail and password typed when joining, and payment and address details.',
        'Joining is the sign-up and checkout flows together, except a checkout that filled a shopping cart (a cart address or an "Add to cart" click) when another flow did the joining: buying goods beside a subscription is no part of subscribing.',
        'More actions to cancel than to join is flagged; a cancel flow that failed is flagged only when it had already taken more.',
      ],
      flagged: 'A club joined with one click ("Yes, join the club") and left through "Manage", "More options", "Cancel club", two "Continue cancellation" and a last "Cancel club".',
      notFlagged: 'The same one-click join against a one-click cancel, with a cart purchase of several fields walked beside them.',
    },
  },
  check(site, ctx) {
    const cancels = flowsWithRole(site, ['cancel'])
    const joining = joiningFlows(site)
    // Joining is the yardstick: part of it would make any cancel flow look harder than it is.
    const joinFailure = failuresOf(joining)
    if (joinFailure) return ruleError(`${joinFailure}, so the effort of joining is unknown`)

    const join = joining.map((f) => effortOf(f, 'join')).reduce(addEfforts)
    const joinNames = joining.map((f) => f.name).join(' + ')
    const findings = []
    const compared: string[] = []
    for (const cancel of cancels) {
      const leave = effortOf(cancel, 'leave')
      const failed = cancel.status === 'failed'
      // A cancel flow that stopped early took at least what it counted: enough to judge if that
      // already exceeds joining, not enough to clear it.
      if (leave.actions <= join.actions) {
        if (!failed) compared.push(`cancelling (${cancel.name}) took ${describe(leave)}; joining took ${describe(join)}`)
        continue
      }
      // The last page the cancel flow reached is the evidence: where it ended, or where it stopped.
      const lastShown = cancel.steps.findLast((s) => s.screenshot)
      const ratio = join.actions > 0 ? Math.round((leave.actions / join.actions) * 100) / 100 : null
      findings.push(
        ctx.finding({
          flow: cancel.name,
          step: null,
          message: `Cancelling (${cancel.name} flow) took ${failed ? 'at least ' : ''}${describe(leave)}; joining (${joinNames}) took ${describe(join)}${ratio !== null ? ` — ${ratio}× as many actions` : ''}.${notCounted(leave, join)}`,
          evidence: {
            url: lastShown?.url,
            screenshot: lastShown?.screenshot,
            facts: {
              cancelActions: leave.actions,
              signupActions: join.actions,
              ratio,
              cancelPages: leave.pages,
              signupPages: join.pages,
              cancelClicks: leave.clicks,
              cancelFields: leave.fields,
              cancelGotos: leave.gotos,
              signupClicks: join.clicks,
              signupFields: join.fields,
              signupGotos: join.gotos,
              cancelCredentialStepsExcluded: leave.credentialSteps,
              signupCredentialStepsExcluded: join.credentialSteps,
              signupPaymentFieldsExcluded: join.paymentFields,
              cancelFlowCompleted: !failed,
              joiningFlows: joinNames,
            },
          },
        }),
      )
    }
    return findings.length ? failIfAny(findings) : pass(compared.join('; '))
  },
})
