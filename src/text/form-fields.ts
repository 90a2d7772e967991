import { formFieldsDe } from './lexicon/form-fields-de.js'
import { formFieldsEn } from './lexicon/form-fields-en.js'
import { formFieldsEs } from './lexicon/form-fields-es.js'
import { formFieldsFr } from './lexicon/form-fields-fr.js'
import { formFieldsNl } from './lexicon/form-fields-nl.js'
import { normalizeText } from './match-topic.js'
import { findEntries } from './phrase-pattern.js'

/** The words of one language that say what a form field asks for, by class of meaning: what anyone
 * has at hand (who they are, how to reach them, what they want), and what a person cannot be expected
 * to have at hand or that has nothing to do with a request for help or a cancellation. */
export interface FormFieldsLexicon {
  /** Who the person is and which contract: name, e-mail address, customer, contract or order number,
   * user name, postal address. What a cancellation may ask (BGB § 312k(2)). */
  identification: readonly string[]
  /** The date of birth: identifies a consumer whose name is common, so a cancellation may ask it; a
   * request for help has nothing to do with it. */
  birthDate: readonly string[]
  /** A telephone number: a way to call back, not the address a written confirmation goes to. */
  phone: readonly string[]
  /** What a person rarely has at hand: a device's serial or model number, the date and proof of
   * purchase, a photo, a file to attach. */
  hardToHave: readonly string[]
  /** What has nothing to do with a request: gender, income, occupation, how they found the site. */
  unrelated: readonly string[]
  /** A password or PIN: on a contact form, an account to be created (or signed in to) first. */
  credentials: readonly string[]
  /** Payment details, which neither asking for help nor ending a contract needs. */
  payment: readonly string[]
  /** The request itself: message, subject, description. */
  message: readonly string[]
  /** Marks in a label that the field must be filled: "*", "(required)", "Pflichtfeld". */
  requiredMarks: readonly string[]
  /** Marks in a label that it may be left empty: "(optional)", "freiwillig". */
  optionalMarks: readonly string[]
}

const LEXICONS: readonly FormFieldsLexicon[] = [formFieldsEn, formFieldsDe, formFieldsFr, formFieldsEs, formFieldsNl]

/** Every language's entries of one class in one list, compiled once: labels are short, and a page in
 * one language often labels its form in another (an English form on a German site). */
const merged = (key: keyof FormFieldsLexicon): readonly string[] => LEXICONS.flatMap((lexicon) => lexicon[key])
const LISTS = {
  credentials: merged('credentials'),
  payment: merged('payment'),
  hardToHave: merged('hardToHave'),
  birthDate: merged('birthDate'),
  unrelated: merged('unrelated'),
  phone: merged('phone'),
  identification: merged('identification'),
  message: merged('message'),
  requiredMarks: merged('requiredMarks'),
  optionalMarks: merged('optionalMarks'),
}

/** What a field asks for, by its label; in this order, so that "Serial number" is not a number that
 * identifies and "Date of birth" not a date to choose. */
export type FieldAsks = 'credentials' | 'payment' | 'hardToHave' | 'birthDate' | 'unrelated' | 'phone' | 'identification' | 'message'
const ORDER: readonly FieldAsks[] = ['credentials', 'payment', 'hardToHave', 'birthDate', 'unrelated', 'phone', 'identification', 'message']

/** What a field's label says it asks for, with the words that said so; undefined for anything else
 * (a menu of topics, a question about why the consumer leaves). */
export function fieldAsks(label: string | undefined): { asks: FieldAsks; words: string } | undefined {
  if (!label) return undefined
  const text = normalizeText(label)
  for (const asks of ORDER) {
    const words = findEntries(text, LISTS[asks])[0]
    if (words) return { asks, words }
  }
  return undefined
}

/** Whether a field's label marks it as one that must be filled ("E-Mail *", "Phone (required)"),
 * and not as optional. Many forms check their fields in script and show only such a mark. */
export function labelMarksRequired(label: string | undefined): boolean {
  if (!label) return false
  const text = normalizeText(label)
  if (findEntries(text, LISTS.optionalMarks).length > 0) return false
  return /\*\s*:?$|^\*|\s\*\s/.test(text) || findEntries(text, LISTS.requiredMarks).length > 0
}

/** Whether a label says the field may be left empty. */
export const labelMarksOptional = (label: string | undefined): boolean =>
  Boolean(label) && findEntries(normalizeText(label as string), LISTS.optionalMarks).length > 0
