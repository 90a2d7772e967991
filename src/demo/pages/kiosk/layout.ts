import { htmlDocument } from '../html-document.js'
import type { Variant } from '../site-pages.js'

/** What one Kiosk Plus page puts into the frame every page shares. */
export interface KioskPage {
  /** `data-page` of the body: kiosk.js and the variant's scripts act on it. */
  page: string
  title: string
  description: string
  content: string
  scripts?: string[]
}

export function kioskPage(variant: Variant, { page, title, description, content, scripts = [] }: KioskPage): string {
  return htmlDocument({
    lang: 'de',
    title,
    description,
    stylesheet: 'kiosk.css',
    siteScript: 'kiosk.js',
    bodyAttribute: `data-page="${page}"`,
    header: top(variant),
    main: content,
    footer: bottom(variant),
    banner: '',
    scripts,
  })
}

function top(variant: Variant): string {
  // No cancellation button: the dark header hides the account behind a menu whose only way towards
  // leaving is "Mitgliedschaft verwalten".
  const account =
    variant === 'dark'
      ? `<details class="account-menu">
        <summary>Mein Konto</summary>
        <div class="menu">
          <a href="/login">Anmelden</a>
          <a href="/konto/mitgliedschaft">Mitgliedschaft verwalten</a>
        </div>
      </details>`
      : `<a href="/login">Anmelden</a>
      <a href="/konto">Mein Konto</a>`
  return `<header class="site-header">
  <div class="wrap">
    <a class="logo" href="/" aria-label="Kiosk Plus, Startseite">Kiosk Plus</a>
    <nav class="main-nav" aria-label="Hauptnavigation">
      <a href="/#magazine">Magazine</a>
      <a href="/preise">Preise</a>
      <a href="/hilfe">Hilfe</a>
      ${account}
    </nav>
  </div>
</header>`
}

function bottom(variant: Variant): string {
  // The cancellation button (BGB § 312k) and the withdrawal function (CRD Art. 11a) on every page of
  // the fair variant; the dark footer has neither.
  const contract =
    variant === 'dark'
      ? ''
      : `
    <div class="contract-buttons">
      <a class="button button-secondary" href="/kuendigen">Verträge hier kündigen</a>
      <a class="button button-secondary" href="/widerruf">Vertrag hier widerrufen</a>
    </div>`
  return `<footer class="site-footer">
  <div class="wrap">
    <nav aria-label="Service und Rechtliches">
      <a href="/hilfe">Hilfe &amp; FAQ</a>
      <a href="/kontakt">Kontakt</a>
      <a href="/agb">AGB</a>
      <a href="/datenschutz">Datenschutz</a>
      <a href="/impressum">Impressum</a>
    </nav>${contract}
    <p class="note">© 2026 Kiosk Plus GmbH, Berlin</p>
  </div>
</footer>`
}
