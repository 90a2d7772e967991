import * as cheerio from 'cheerio'
import { type AddressObject, simpleParser } from 'mailparser'
import type { RawMail } from './mail-source.js'

/** A message read from its source, before its HTML is rendered. */
export interface ParsedMail {
  key: string
  from: string
  to: string[]
  subject: string
  sentAt?: string
  receivedAt: string
  text: string
  links: { text: string; href: string }[]
  html?: string
}

export async function parseMessage(raw: RawMail): Promise<ParsedMail> {
  const mail = await simpleParser(raw.source)
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? mail.html : undefined
  const text = mail.text?.trim() || (html ? textOfHtml(html) : '')
  return {
    key: raw.key,
    from: addresses(mail.from).join(', '),
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    ...(mail.date ? { sentAt: mail.date.toISOString() } : {}),
    receivedAt: raw.receivedAt.toISOString(),
    text,
    links: html ? linksOfHtml(html) : linksOfText(text),
    ...(html ? { html } : {}),
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) return []
  return (Array.isArray(field) ? field : [field]).flatMap((group) => group.value.map((entry) => entry.address ?? entry.name))
}

/** What a person reads in the HTML part: block elements end a line, nothing of style or script. */
export function textOfHtml(html: string): string {
  const $ = cheerio.load(html)
  $('script, style, head, template').remove()
  $('br').replaceWith('\n')
  $('p, div, li, tr, h1, h2, h3, h4, h5, h6, table, section').each((_, element) => {
    $(element).append('\n')
  })
  return $.root()
    .text()
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function linksOfHtml(html: string): { text: string; href: string }[] {
  const $ = cheerio.load(html)
  return $('a[href]')
    .toArray()
    .map((link) => ({ text: $(link).text().replace(/\s+/g, ' ').trim(), href: $(link).attr('href') ?? '' }))
    .filter((link) => /^(https?:|mailto:)/i.test(link.href))
}

function linksOfText(text: string): { text: string; href: string }[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map(([href]) => ({ text: href, href }))
}
