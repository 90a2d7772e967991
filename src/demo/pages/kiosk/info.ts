import type { Variant } from '../site-pages.js'
import { kioskPage } from './layout.js'

const textPage = (page: string, title: string, paragraphs: string[]) => (variant: Variant): string =>
  kioskPage(variant, {
    page,
    title: `${title} — Kiosk Plus`,
    description: title,
    content: `<main>
  <div class="wrap sheet">
    <h1>${title}</h1>
${paragraphs.map((p) => `    <p>${p}</p>`).join('\n')}
  </div>
</main>`,
  })

export const terms = textPage('agb', 'Allgemeine Geschäftsbedingungen', [
  'Das Abo beginnt mit der Bestellung und verlängert sich monatlich. Es kann jederzeit zum Ende des Abrechnungsmonats gekündigt werden.',
  'Widerrufsrecht: Sie können den Vertrag binnen 14 Tagen ohne Angabe von Gründen widerrufen.',
])
export const privacy = textPage('datenschutz', 'Datenschutz', [
  'Wir verarbeiten Ihre Daten, um Ihr Abo bereitzustellen und abzurechnen. Newsletter senden wir nur mit Ihrer Einwilligung.',
])
export const imprint = textPage('impressum', 'Impressum', ['Kiosk Plus GmbH, Beispielstraße 1, 10115 Berlin. Handelsregister: AG Berlin-Charlottenburg HRB 000000.'])
export const notFound = textPage('404', 'Seite nicht gefunden', ['Diese Seite gibt es nicht. <a href="/">Zur Startseite</a>'])
