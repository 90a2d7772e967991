import type { HardToCancelLexicon } from '../hard-to-cancel.js'

/** English. "Phone" and "chat" alone are left out of the ways: "cancel your phone plan" and "chat
 * history" are not routes; "by phone" and "via chat" are. */
export const hardToCancelEn: HardToCancelLexicon = {
  cancel: [
    'cancel*', 'cancelation*', 'terminate', 'terminating', 'termination', 'discontinue', 'end your membership',
    'end your subscription', 'end my membership', 'end my subscription', 'stop your subscription',
    'stop my subscription', 'turn off auto-renew*', 'opt out of auto-renew*',
  ],
  offlineRoutes: [
    'call', 'calling', 'call us', 'give us a call', 'phone us', 'phoning', 'by phone', 'by telephone',
    'telephone us', 'over the phone', 'on the phone', 'phone number', 'by email', 'by e-mail', 'via email',
    'via e-mail', 'email us', 'e-mail us', 'emailing', 'e-mailing', 'send us an email', 'send an email',
    'send us an e-mail', 'send us a message', 'write to us', 'writing to us', 'in writing', 'written notice',
    'written request', 'by letter', 'a letter', 'by post', 'by mail', 'mail us', 'by fax', 'via chat',
    'via live chat', 'live chat', 'by chat', 'chat with', 'contact us', 'contact', 'contacting', 'get in touch',
    'reach out', 'speak to', 'speak with', 'talk to', 'customer service', 'customer support', 'customer care',
    'support team', 'member services', 'membership services', 'an agent', 'a representative', 'contact form',
    'submit a request', 'support ticket', '<phone>', '<email>',
  ],
  onlineRoutes: [
    'online', 'in your account', 'from your account', 'via your account', 'through your account', 'in my account',
    'my account', 'account settings', 'account page', 'your settings', 'on our website', 'on the website',
    'on our site', 'through the site', 'through the website', 'via the app', 'in the app', 'through the app',
    'click', 'clicking', 'tap', 'tapping', 'button', 'self-service', 'manage subscription', 'manage membership',
    'manage your subscription', 'manage your membership', 'yourself',
  ],
  contactForms: ['contact form', 'submit a request', 'request form', 'support ticket', 'web form'],
  restrictions: ['residents', 'resident of', 'customers in', 'if you live in', 'only available to', 'only for'],
  oneOff: [
    'order', 'orders', 'item', 'items', 'purchase', 'purchases', 'booking*', 'reservation*', 'delivery',
    'appointment*',
  ],
  subscriptions: [
    'subscription*', 'membership*', 'plan', 'plans', 'contract*', 'auto-renew*', 'renewal', 'recurring', 'trial',
    'account',
  ],
  contactInstructions: [
    'contact us', 'please contact', 'contact our', 'call us', 'give us a call', 'email us', 'e-mail us',
    'send us an email', 'send us an e-mail', 'write to us', 'get in touch', 'reach out to', 'speak to', '<phone>',
    '<email>',
  ],
  questions: ['question*', 'for help', 'help with', 'any help', 'need help', 'assistance', 'feedback'],
  outbound: [
    'confirmation', "we'll confirm", 'we will confirm', "we'll email you", 'we will email you',
    "we'll send you", 'we will send you', "you'll receive", 'you will receive', "you'll get an email",
    "we'll notify you", 'we will notify you', "we'll let you know", 'we will let you know',
  ],
  requirements: [
    'must', 'only', 'need to', 'needs to', 'have to', 'has to', 'required', 'requires', 'please', 'exclusively',
  ],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  // The passive needs its auxiliary: in "change the items in your order, or cancel the plan" the order
  // is not what is cancelled.
  oneOffTemplates: [
    '{cancel} …3 {oneOff}', '{oneOff} {cancel}', '{oneOff} …2 be {cancel}', '{oneOff} …2 been {cancel}',
    '{oneOff} is {cancel}', '{oneOff} are {cancel}', '{oneOff} was {cancel}', '{oneOff} were {cancel}',
  ],
}
