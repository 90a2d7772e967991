/** The topics rules look for in page text. Each language file lists, per topic, the words and phrases
 * that say it on real sites. Entries are lower case; a trailing `*` lets the word run on
 * ("newsletter*" matches "newsletters", "Newsletteranmeldung"), a leading `*` lets it start inside a
 * longer word ("*kündigung" matches "Vertragskündigung"). Entries match whole words otherwise, so
 * "plan" does not match "planet". The full notation is in `phrase-pattern.ts`. */
export interface Vocabulary {
  /** Saying yes to something: the affirmative side of a choice. */
  consent: readonly string[]
  /** Saying no: the declining option of a choice ("No thanks", "None"). */
  decline: readonly string[]
  /** Marketing messages: newsletters, offers, promotions. */
  marketing: readonly string[]
  /** Other companies the data or messages involve. */
  partners: readonly string[]
  /** Sharing, selling or profiling personal data, personalised advertising. */
  dataSharing: readonly string[]
  /** Links and buttons that lead to help or a person: help, support, contact. */
  help: readonly string[]
  /** Words that introduce a phone number or address in running text ("Call us", "Hotline"). */
  contactMethod: readonly string[]
  /** Mailbox names (the part before the @) of addresses a business reads: "support@", "info@". */
  serviceMailbox: readonly string[]
  /** Asking to cancel or end a subscription (the verb and the noun). */
  cancel: readonly string[]
  /** Stating that a cancellation has taken effect or been accepted. */
  cancelled: readonly string[]
  /** What a cancellation or order is about: the subscription, membership, plan. */
  subscription: readonly string[]
  /** When a cancellation takes effect, in words rather than a date. */
  endTiming: readonly string[]
  /** Month names and their usual abbreviations, for reading dates. */
  months: readonly string[]
  /** Stating that an order or subscription went through. */
  orderConfirmation: readonly string[]
  /** The next charge or renewal date of a subscription. */
  nextBilling: readonly string[]
  /** Headings and region names of an order summary, basket or cart. */
  orderSummary: readonly string[]
  /** Lines of an order summary that the site computes rather than the user choosing them. */
  computedLines: readonly string[]
  /** An optional extra bought beside the main product. */
  addOn: readonly string[]
  /** Words that say something costs nothing. */
  free: readonly string[]
  /** Password fields and their labels. */
  password: readonly string[]
  /** Fields that carry payment or delivery details: typed to pay, with no counterpart when leaving. */
  paymentDetails: readonly string[]
}

export type Topic = keyof Vocabulary
