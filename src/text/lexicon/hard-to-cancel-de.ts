import type { HardToCancelLexicon } from '../hard-to-cancel.js'

/** German. The withdrawal right ("Widerruf") is not cancelling: its statutory model text names
 * letter, fax and e-mail, and says nothing about how a contract ends. */
export const hardToCancelDe: HardToCancelLexicon = {
  cancel: [
    '*kündig*', 'stornier*', 'storno', 'abo beenden', 'mitgliedschaft beenden', 'vertrag beenden', 'abbestellen',
  ],
  offlineRoutes: [
    'anrufen', 'rufen sie uns an', 'ruf uns an', 'rufen sie', 'telefonisch', 'per telefon', 'am telefon',
    'hotline', 'per e-mail', 'per email', 'per mail', 'via e-mail', 'e-mail an', 'mail an', 'schreiben sie uns',
    'schreib uns', 'schriftlich', 'schriftform', 'in textform', 'der textform', 'per post', 'postalisch',
    'per brief', 'brief', 'einschreiben', 'per fax', 'fax', 'per chat', 'im chat', 'kundenservice',
    'kundendienst', 'kundenbetreuung', 'kontaktieren sie', 'kontaktieren', 'wenden sie sich an',
    'wende dich an', 'kontaktformular', '<phone>', '<email>',
  ],
  onlineRoutes: [
    'online', 'kundenkonto', 'im kundenkonto', 'mein konto', 'im konto', 'in ihrem konto', 'in deinem konto',
    'kündigungsbutton', 'kündigungsschaltfläche', 'verträge hier kündigen', 'hier kündigen', 'klick*',
    'mit einem klick', 'schaltfläche', 'button', 'in der app', 'über die app', 'auf unserer website',
    'einstellungen', 'selbst',
  ],
  contactForms: ['kontaktformular', 'formular', 'anfrage'],
  restrictions: ['nur für', 'einwohner', 'kunden in', 'wohnhaft'],
  oneOff: ['bestellung*', 'auftrag', 'aufträge', 'buchung*', 'reservierung*', 'artikel', 'lieferung*', 'termin*'],
  subscriptions: [
    'abo', '*abo', 'abos', 'abonnement*', 'mitgliedschaft*', 'vertrag', '*vertrag', 'vertrags*', 'verträge', 'tarif',
    'laufzeit', 'konto',
  ],
  contactInstructions: [
    'kontaktieren sie uns', 'kontaktiere uns', 'rufen sie uns an', 'ruf uns an', 'schreiben sie uns', 'schreib uns',
    'wenden sie sich an', 'wende dich an', 'melden sie sich bei', 'erreichen sie uns', '<phone>', '<email>',
  ],
  questions: ['fragen', 'frage', 'rückfragen', 'bei problemen'],
  outbound: [
    'kündigungsbestätigung', 'bestätigung', 'bestätigen wir', 'wir senden ihnen', 'wir schicken ihnen', 'sie erhalten', 'du erhältst',
    'wir informieren sie',
  ],
  requirements: ['muss', 'müssen', 'nur', 'ausschließlich', 'bitte', 'bedarf', 'erforderlich', 'notwendig'],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  oneOffTemplates: ['{cancel} …3 {oneOff}', '{oneOff} …4 {cancel}'],
}
