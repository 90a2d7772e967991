import billedAfterCancelling from './billed-after-cancelling.js'
import cancelEntryHidden from './cancel-entry-hidden.js'
import cancelHarderThanSignup from './cancel-harder-than-signup.js'
import cancelLoginWall from './cancel-login-wall.js'
import cancelNotEffective from './cancel-not-effective.js'
import cancellationButtonDe from './cancellation-button-de.js'
import cancellationEmailMissing from './cancellation-email-missing.js'
import confirmshaming from './confirmshaming.js'
import type { Rule } from './define-rule.js'
import fakeUrgency from './fake-urgency.js'
import excessiveRequiredFields from './excessive-required-fields.js'
import dripPricing from './drip-pricing.js'
import forcedEnrollment from './forced-enrollment.js'
import forcedOptOut from './forced-opt-out.js'
import hiddenRenewalTerms from './hidden-renewal-terms.js'
import hiddenSupport from './hidden-support.js'
import insecureForm from './insecure-form.js'
import missingConfirmation from './missing-confirmation.js'
import orderButtonAmbiguous from './order-button-ambiguous.js'
import orderEmailWithoutRenewalTerms from './order-email-without-renewal-terms.js'
import nagging from './nagging.js'
import noOnlineCancel from './no-online-cancel.js'
import planSteering from './plan-steering.js'
import preTickedUpsell from './pre-ticked-upsell.js'
import retentionObstruction from './retention-obstruction.js'
import slowStep from './slow-step.js'
import sneakIntoBasket from './sneak-into-basket.js'
import trickQuestion from './trick-question.js'
import trialConversionUnclear from './trial-conversion-unclear.js'
import withdrawalFunctionMissing from './withdrawal-function-missing.js'
import visualInterference from './visual-interference.js'

/** Every rule, in the order a user meets the patterns: joining and paying, getting help, leaving. */
export const allRules: Rule[] = [
  preTickedUpsell,
  forcedOptOut,
  forcedEnrollment,
  trickQuestion,
  fakeUrgency,
  sneakIntoBasket,
  dripPricing,
  planSteering,
  insecureForm,
  trialConversionUnclear,
  hiddenRenewalTerms,
  orderEmailWithoutRenewalTerms,
  hiddenSupport,
  cancelHarderThanSignup,
  noOnlineCancel,
  cancelEntryHidden,
  retentionObstruction,
  excessiveRequiredFields,
  visualInterference,
  confirmshaming,
  nagging,
  missingConfirmation,
  slowStep,
  cancelNotEffective,
  cancellationEmailMissing,
  billedAfterCancelling,
  cancellationButtonDe,
  cancelLoginWall,
  withdrawalFunctionMissing,
  orderButtonAmbiguous,
]
