import type { HardToCancelLexicon } from '../hard-to-cancel.js'

// The address of a contact or help page: "example.com/contact", "www.example.com/help".
const CONTACT_PAGE = '<site>/(contact|contact-?us|help|help-?cent(er|re)|support|customer-?(service|care))'

/** English. "Phone" and "chat" alone are left out of the ways: "cancel your phone plan" and "chat
 * history" are not routes; "by phone" and "via chat" are. */
export const hardToCancelEn: HardToCancelLexicon = {
  cancel: [
    'cancel*', '(terminate|terminating|termination|discontinue|discontinuing)',
    '(end|ending|stop|stopping) (your|my) (membership|subscription)', '(turn off|opt out of) auto-renew*',
  ],
  offlineRoutes: [
    // A call.
    '(call|calling|call us|give us a call|phone us|phoning|telephone us)', '(by|over the|on the) (phone|telephone)',
    'phone number',
    // An e-mail or a message.
    '(by|via) e-mail', '(e-mail us|e-mailing)', 'send (us )?(an e-mail|a message)',
    // A letter, post or fax.
    '(write|writing) to us', 'in writing', 'written (notice|request)', '(by|a) letter', '(by|via) (post|mail|fax)',
    'mail us',
    // A chat with a person.
    '(via|by) (live )?chat', 'live chat', 'chat with',
    // Getting in touch with the business or its staff.
    '(contact|contact us|contacting|get in touch|reach out)', '(speak|talk) (to|with)',
    '(customer|member|membership) (service|services|support|care)', 'support team', '(an agent|a representative)',
    // A form or ticket that a person answers.
    '(contact( us)?|request|support|help|enquiry|inquiry|web) form', 'submit a (request|ticket)', 'support ticket',
    '<phone>', '<email>', CONTACT_PAGE,
  ],
  onlineRoutes: [
    'online', '(in|from|via|through) (your|my) account', 'my account', 'account (settings|page)', '(your |the |app )?settings',
    '(on|through) (our|the) (website|site)', '(via|in|through) the app', 'self-service',
    'manage (your )?(subscription|membership)', 'yourself',
  ],
  clicks: ['(click|clicking|tap|tapping|press|pressing)', 'button'],
  contactForms: [
    '(contact( us)?|request|support|help|enquiry|inquiry|web) form', 'submit a (request|ticket)', 'support ticket',
  ],
  restrictions: [
    // Where the user lives: "residents of", "country of residence", "customers in", "if you live in".
    '(residen*|citizen*|(customers|members|subscribers|users) (in|from|located in|living in)|if you (live|reside|are (located|based)) in)',
    // Who else the way is kept for.
    'only (available to|for)',
  ],
  oneOff: [
    '(order|orders|item|items|purchase|purchases|delivery)', '(booking*|reservation*|appointment*)',
  ],
  subscriptions: [
    '(subscription*|membership*|plan|plans|contract*|account)', '(auto-renew*|renewal|recurring|trial)',
  ],
  contactInstructions: [
    '(please )?contact (us|our)', "(call|e-mail|write to) us", 'give us a call', 'send us (an e-mail|a message)', 'get in touch',
    'reach out to', 'speak to', '<phone>', '<email>', CONTACT_PAGE,
  ],
  questions: ['question*', '(for|any|need) help', 'help with', '(assistance|feedback)'],
  outbound: [
    'confirmation', "(we'll|we will) (confirm|e-mail you|send you|notify you|let you know)",
    "(you'll|you will) (receive|get an e-mail)",
  ],
  requirements: [
    '(must|only|exclusively|please)', '(need|needs|have|has) to', '(required|requires)',
  ],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  // The passive needs its auxiliary: in "change the items in your order, or cancel the plan" the order
  // is not what is cancelled.
  oneOffTemplates: [
    '{cancel} …3 {oneOff}', '{oneOff} {cancel}', '{oneOff} …2 be {cancel}', '{oneOff} …2 been {cancel}',
    '{oneOff} is {cancel}', '{oneOff} are {cancel}', '{oneOff} was {cancel}', '{oneOff} were {cancel}',
  ],
}
