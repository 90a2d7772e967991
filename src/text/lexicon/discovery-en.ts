import type { DiscoveryLexicon } from '../../discover/discovery-lexicon.js'

/** English. */
export const discoveryEn: DiscoveryLexicon = {
  words: {
    // What pages listing the offers go by: pricing, plans, levels, packages, memberships.
    pricing: [
      'pricing', 'prices', 'plans', 'our plans', 'see plans', 'view plans', 'compare plans', 'plans & pricing', 'plans and pricing',
      'choose a plan', 'choose your plan', 'membership', 'memberships', 'membership options', 'membership plans',
      'membership levels', 'levels', 'subscription plans', 'subscriptions', 'packages', 'tiers',
    ],
    signup: [
      'sign up', 'signup', 'subscribe', 'subscribe now', 'join', 'join now', 'start free trial', 'start your free trial',
      'start trial', 'free trial', 'try free', 'try it free', 'try for free', 'get started', 'create account',
      'create an account', 'register', 'become a member', 'checkout', 'check out', 'membership checkout',
    ],
    help: ['help', 'faq', 'faqs', 'support', 'help centre', 'help center', 'customer service', 'customer support', 'frequently asked questions'],
    contact: ['contact', 'contact us', 'get in touch', 'contact support'],
    account: ['account', 'my account', 'your account', 'sign in', 'log in', 'login', 'profile', 'my subscription', 'account settings'],
    cancel: [
      'cancellation', 'cancel subscription', 'cancel your subscription', 'cancel my subscription', 'cancel membership',
      'cancel your membership', 'cancel my membership', 'cancel plan', 'cancel your plan', 'cancel my plan', 'cancel account',
      'cancel contract', 'cancel anytime', 'how to cancel', 'how do i cancel', 'cancel online', 'end subscription',
      'end your subscription', 'end membership', 'end my membership', 'unsubscribe', 'manage subscription',
      'manage your subscription', 'manage membership', 'terminate contract', 'turn off auto-renew*', 'stop subscription',
    ],
    terms: ['terms', 'terms of service', 'terms of use', 'terms and conditions', 'conditions', 'subscription terms', 'legal'],
  },
  weakWords: { cancel: ['cancel'] },
  paths: {
    pricing: ['pricing', 'prices', 'plans', 'plan', 'membership', 'memberships', 'levels', 'membership-levels', 'packages', 'subscriptions'],
    signup: ['signup', 'sign-up', 'subscribe', 'register', 'join', 'trial', 'free-trial', 'get-started', 'checkout', 'membership-checkout'],
    help: ['help', 'faq', 'faqs', 'support', 'helpcenter', 'help-center', 'help-centre'],
    contact: ['contact', 'contact-us'],
    account: ['account', 'my-account', 'login', 'log-in', 'signin', 'sign-in', 'profile'],
    cancel: ['cancel', 'cancellation', 'cancel-subscription', 'unsubscribe', 'end-subscription'],
    terms: ['terms', 'tos', 'terms-of-service', 'terms-of-use', 'conditions', 'legal'],
  },
  never: [
    'buy', 'buy now', 'pay', 'pay now', 'place order', 'complete order', 'complete purchase', 'confirm order', 'add to cart', 'add to basket', 'log out', 'logout', 'sign out', 'delete account', 'delete my account',
    'delete your account', 'close account', 'download',
  ],
}
