import type { Variant } from '../site-pages.js'
import { ONE_BOX, type Plan, PLANS, trialOffer } from './catalogue.js'
import { boxlyPage } from './layout.js'

/** Plan steering: the dark variant selects the dearest box before the visitor chooses. */
const PRESELECTED: Record<Variant, string | undefined> = { dark: 'family', fair: undefined }

const planOption = (variant: Variant, plan: Plan): string => {
  const checked = PRESELECTED[variant] === plan.id ? ' checked' : ''
  // A decoy in both variants: the badge sits on a plan that is not selected.
  const badge = plan.id === 'four' ? '\n        <span class="badge">Most popular</span>' : ''
  return `      <div class="plan">${badge}
        <input type="radio" id="plan-${plan.id}" name="plan" value="${plan.id}" required${checked}>
        <label for="plan-${plan.id}">${plan.name} — $${plan.weekly}/week</label>
        <p>${plan.meals}. ${plan.line}</p>
      </div>`
}

export function plans(variant: Variant): string {
  // Plan steering: the dark way to buy a single box is a 10px grey link; the fair one is a button
  // as large as the plan's.
  const once =
    variant === 'dark'
      ? `<p class="fine"><a class="fine-link" href="/checkout/once">Skip trial, pay once ($${ONE_BOX.price})</a></p>`
      : `<p class="once">Not ready for a subscription? <a class="button button-secondary button-large" href="/checkout/once">Buy one box once — $${ONE_BOX.price}</a></p>`
  // Drip pricing: only the fair variant says what the weekly price includes.
  const included =
    variant === 'dark'
      ? 'Sales tax calculated at checkout.'
      : 'Prices include delivery and every fee. Sales tax is calculated at checkout.'
  return boxlyPage(variant, {
    page: 'plans',
    title: 'Plans — Boxly',
    description: 'Boxly plans: 2, 4 or 6 meals a week.',
    content: `<main class="wrap">
  <h1>Choose your box</h1>
  <p class="offer">${trialOffer(variant)}</p>
  <form id="plan-form" action="/signup" method="get">
    <fieldset class="plans">
      <legend>Meals per week</legend>
${PLANS.map((p) => planOption(variant, p)).join('\n')}
    </fieldset>
    <p class="note">${included}</p>
    <button type="submit" class="button button-primary button-large">Continue</button>
  </form>
  ${once}
</main>`,
  })
}
