import { VOCABULARIES } from './match-topic.js'

const months = [...new Set(Object.values(VOCABULARIES).flatMap((v) => v.months))].sort((a, b) => b.length - a.length)
const MONTH = `(?:${months.join('|')})\\.?`
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th|\\.)?'
const YEAR = '(?:\\d{4})'

// A calendar date as people write it: "23 December 2026", "23. Dezember 2026", "December 23, 2026",
// "Dec 23", "2026-12-23", "12/23/2026", "23.12.2026". A year alone ("© 2026") is not a date.
const DATE = new RegExp(
  [
    `(?<![\\p{L}\\d])${DAY}\\s*(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`,
    `(?<![\\p{L}])${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`,
    `(?<!\\d)${YEAR}-[01]\\d-[0-3]\\d(?!\\d)`,
    `(?<![\\d.])[0-3]?\\d[./][01]?\\d[./](?:\\d{4}|\\d{2})(?![\\d.]?\\d)`,
    `(?<!\\d)[01]?\\d/[0-3]?\\d/(?:\\d{4}|\\d{2})(?!\\d)`,
  ].join('|'),
  'iu',
)

/** The first calendar date written in `text`, as written; undefined when there is none. */
export function dateIn(text: string | undefined): string | undefined {
  if (!text) return undefined
  return DATE.exec(text)?.[0]
}

// A time of day: "14:05", "14.05 Uhr", "2:05 pm", "14h05". A clock with seconds counts too.
const TIME = /(?<![\d:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?:\s?(?:uhr|h|am|pm))?|\.[0-5]\d\s?uhr|h[0-5]\d|\s?(?:am|pm|uhr))(?![\p{L}\d])/iu

/** The first time of day written in `text`, as written; undefined when there is none. */
export function timeOfDayIn(text: string | undefined): string | undefined {
  if (!text) return undefined
  return TIME.exec(text)?.[0]
}
