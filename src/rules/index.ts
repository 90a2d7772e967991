import cancelHarderThanSignup from './cancel-harder-than-signup.js'
import confirmshaming from './confirmshaming.js'
import type { Rule } from './define-rule.js'
import forcedOptOut from './forced-opt-out.js'
import hiddenSupport from './hidden-support.js'
import missingConfirmation from './missing-confirmation.js'
import preTickedUpsell from './pre-ticked-upsell.js'
import sneakIntoBasket from './sneak-into-basket.js'

/** Every rule, in the order a user meets the patterns: joining and paying, getting help, leaving. */
export const allRules: Rule[] = [
  preTickedUpsell,
  forcedOptOut,
  sneakIntoBasket,
  hiddenSupport,
  cancelHarderThanSignup,
  confirmshaming,
  missingConfirmation,
]
