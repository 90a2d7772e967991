import type { Variant } from '../site-pages.js'

/** A weekly box; boxly.js keeps the same ids and prices in `PLANS`: the two must agree. */
export interface Plan {
  id: string
  name: string
  meals: string
  weekly: string
  line: string
}

export const PLANS: Plan[] = [
  { id: 'two', name: '2 meals', meals: '2 recipes for 2 people', weekly: '34.99', line: 'For couples who cook a few nights a week.' },
  { id: 'four', name: '4 meals', meals: '4 recipes for 2 people', weekly: '49.99', line: 'Dinner sorted on most weeknights.' },
  { id: 'family', name: 'Family box (6 meals)', meals: '3 recipes for 4 people', weekly: '59.99', line: 'Big portions for the whole table.' },
]

/** The one-off box sold without a subscription, at /checkout/once. */
export const ONE_BOX = { name: 'One 2-meal box', price: '39.99' }

/** Weekly charges the dark checkout adds on top of the plan, shown nowhere before it. */
export const DARK_FEES = [
  { label: 'Service fee', amount: 6.99 },
  { label: 'Delivery', amount: 9.99 },
]

export const TRIAL_DAYS = 7

/** The day the trial ends, spelled out: "March 9, 2026". */
export function trialEnd(now = new Date()): string {
  const end = new Date(now.getTime() + TRIAL_DAYS * 24 * 3600 * 1000)
  return end.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
}

/** The trial as the site states it. Trial conversion unclear: the dark variant never says what it
 * costs afterwards or from when. */
export const trialOffer = (variant: Variant, planPrice = '34.99'): string =>
  variant === 'dark'
    ? 'Try free for 7 days!'
    : `Free for 7 days, then from $${planPrice}/week starting ${trialEnd()}. Cancel anytime in Account.`
