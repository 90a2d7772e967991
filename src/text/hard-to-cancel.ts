import { languagesFor, type Language } from './detect-language.js'
import type { HeuristicOptions, HeuristicResult } from './heuristic-result.js'
import { hardToCancelDe } from './lexicon/hard-to-cancel-de.js'
import { hardToCancelEn } from './lexicon/hard-to-cancel-en.js'
import { hardToCancelEs } from './lexicon/hard-to-cancel-es.js'
import { hardToCancelFr } from './lexicon/hard-to-cancel-fr.js'
import { hardToCancelNl } from './lexicon/hard-to-cancel-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries, findTemplate } from './phrase-pattern.js'
import { splitSentences } from './split-sentences.js'

/** The words of one language that say how a contract is cancelled. */
export interface HardToCancelLexicon {
  /** Cancelling, the verb and the noun: "cancel", "cancellation", "terminate". */
  cancel: readonly string[]
  /** Ways to cancel that need a person or paper: "by phone", "call us", "in writing", a number. */
  offlineRoutes: readonly string[]
  /** Ways to cancel the user finishes alone: "online", "in your account", "through the app". */
  onlineRoutes: readonly string[]
  /** Pressing something: "click", "tap", "button". An online way to cancel, unless the text says in a
   * sentence of its own that cancelling needs a call, letter or e-mail ("you must contact us"): then
   * the click is as likely to open that route ("click here and write to us") as to cancel. */
  clicks: readonly string[]
  /** Online forms that still only reach a person: "contact form". A sentence naming one is not an
   * online way to cancel, whatever it says about clicking. */
  contactForms: readonly string[]
  /** Words that keep an online way to some users only: "California residents may also cancel online". */
  restrictions: readonly string[]
  /** Things cancelled once, not contracts: orders, bookings. Phoning to cancel an order is service. */
  oneOff: readonly string[]
  /** What a contract is called: subscription, membership, plan. */
  subscriptions: readonly string[]
  /** Telling the reader to get in touch, in a sentence of its own: "contact us", a number, an address. */
  contactInstructions: readonly string[]
  /** Offering contact for questions rather than as the way to cancel: "questions", "help with". */
  questions: readonly string[]
  /** The business writing to the user, which is not a way for the user to cancel: "you will receive". */
  outbound: readonly string[]
  /** Words that make a way the only one: "must", "only", "please". */
  requirements: readonly string[]
  /** How cancelling and an offline way combine in a sentence of this language. */
  routeTemplates: readonly string[]
  /** How cancelling and a one-off thing combine ("cancel your order", "orders can be cancelled"). */
  oneOffTemplates: readonly string[]
}

const LEXICONS: Readonly<Record<Language, HardToCancelLexicon>> = {
  en: hardToCancelEn,
  de: hardToCancelDe,
  fr: hardToCancelFr,
  es: hardToCancelEs,
  nl: hardToCancelNl,
}

/** What a text says about the ways to cancel, sentence by sentence. */
export interface CancelRoutes {
  /** Sentences that tie cancelling to a call, letter, e-mail, chat or contacting support: the phrase. */
  offline: string[]
  /** Phrases that give an online way to cancel, open to everyone. */
  online: string[]
  /** Phrases that give an online way to cancel to some users only. */
  restrictedOnline: string[]
  /** Whether an offline way is worded as the only one ("must", "only"). */
  required: boolean
  /** A cancellation of a subscription described, and contact offered in another sentence, with no
   * online way anywhere: the phrases ("How do I cancel my membership? ... call 1-800-..."). */
  impliedOffline: string[]
}

function readRoutes(text: string, lexicon: HardToCancelLexicon, routes: CancelRoutes): void {
  const sentences = splitSentences(text)
  const textAboutContract = findEntries(text, lexicon.subscriptions).length > 0
  let cancelsContract: string | undefined
  const contact: string[] = []
  let onlineAnywhere = false
  // Clicks in sentences about cancelling wait until the whole text is read; see `clicks`.
  const clicks: { phrases: string[]; restricted: boolean }[] = []
  let requiredOnItsOwn = false
  for (const sentence of sentences) {
    const hasContactForm = findEntries(sentence, lexicon.contactForms).length > 0
    const online = hasContactForm ? [] : findEntries(sentence, lexicon.onlineRoutes)
    const clicked = hasContactForm ? [] : findEntries(sentence, lexicon.clicks)
    if (online.length || clicked.length) onlineAnywhere = true
    const questionsOrOutbound =
      findEntries(sentence, lexicon.questions).length > 0 || findEntries(sentence, lexicon.outbound).length > 0
    const cancels = findEntries(sentence, lexicon.cancel)
    if (cancels.length === 0) {
      if (!questionsOrOutbound) contact.push(...findEntries(sentence, lexicon.contactInstructions))
      continue
    }
    const aboutContract = findEntries(sentence, lexicon.subscriptions).length > 0
    const oneOff = lexicon.oneOffTemplates.some((t) => findTemplate(sentence, t, lexicon).length > 0)
    if (oneOff && !aboutContract) continue
    if (textAboutContract) cancelsContract ??= cancels[0]
    if (online.length || clicked.length) {
      const restricted = findEntries(sentence, lexicon.restrictions).length > 0
      const into = restricted ? routes.restrictedOnline : routes.online
      into.push(...online)
      if (clicked.length) clicks.push({ phrases: clicked, restricted })
    }
    if (questionsOrOutbound) continue
    const offline = lexicon.routeTemplates.flatMap((t) => findTemplate(sentence, t, lexicon))
    if (offline.length) {
      routes.offline.push(...offline)
      if (findEntries(sentence, lexicon.requirements).length) {
        routes.required = true
        if (online.length === 0 && clicked.length === 0) requiredOnItsOwn = true
      }
    }
  }
  if (!requiredOnItsOwn) {
    for (const { phrases, restricted } of clicks) {
      const into = restricted ? routes.restrictedOnline : routes.online
      into.push(...phrases)
    }
  }
  if (cancelsContract && !onlineAnywhere && contact.length && routes.offline.length === 0) {
    routes.impliedOffline.push(cancelsContract, ...contact)
  }
}

/** The ways to cancel that `text` gives, in the languages of its word lists. */
export function cancelRoutesIn(text: string, options: HeuristicOptions = {}): CancelRoutes {
  const normalized = normalizeText(text)
  const routes: CancelRoutes = { offline: [], online: [], restrictedOnline: [], required: false, impliedOffline: [] }
  for (const lang of languagesFor(normalized, options.lang)) readRoutes(normalized, LEXICONS[lang], routes)
  return routes
}

/** Whether `text` says that cancelling takes a phone call, letter, e-mail, chat or contacting
 * support ("To cancel your membership, call 1-800-…", "Kündigungen bitte schriftlich per Post").
 * A text that also gives an online way open to everyone does not match: it is scored low so that a
 * rule can ask for review. Returns, shipping and general contact texts do not mention cancelling a
 * contract, and cancelling an order by phone is not cancelling a contract. */
export function hardToCancel(text: string, options: HeuristicOptions = {}): HeuristicResult {
  const routes = cancelRoutesIn(text, options)
  const offline = [...new Set(routes.offline)]
  const implied = [...new Set(routes.impliedOffline)]
  if (routes.online.length && (offline.length || implied.length)) {
    return { match: false, score: 0.3, evidence: [...offline, ...implied, ...new Set(routes.online)] }
  }
  if (offline.length) return { match: true, score: routes.required ? 0.9 : 0.75, evidence: offline }
  if (implied.length) return { match: true, score: 0.5, evidence: implied }
  return { match: false, evidence: [] }
}
