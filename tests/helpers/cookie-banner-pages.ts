/** Pages with a HubSpot cookie banner as autoconsent's `hubspot` rule knows it (the banner's
 * `#hs-eu-cookie-confirmation`, a decline button `#hs-eu-decline-button`), for `servePages`. */

const banner = (buttons: string): string => `
<div id="hs-eu-cookie-confirmation" style="position:fixed;bottom:0;left:0;right:0;padding:24px;background:#fff;border-top:2px solid #333;z-index:10">
  <p>We use cookies to improve your experience and for marketing.</p>
  ${buttons}
</div>`

const ACCEPT = `<a id="hs-eu-confirmation-button" href="#" onclick="document.cookie='consent=all';this.parentElement.remove();return false">Accept</a>`
const DECLINE = `<a id="hs-eu-decline-button" href="#" onclick="document.cookie='consent=none';this.parentElement.remove();return false">Decline</a>`

const CONTENT = '<h1>Streamly</h1><p>Films and series, cancel anytime.</p><a href="/pricing">Pricing</a>'

export const COOKIE_BANNER_PAGES: Readonly<Record<string, string>> = {
  /** The banner in the HTML, with both buttons. */
  '/banner': CONTENT + banner(`${ACCEPT} ${DECLINE}`),
  /** The banner added by a script after the page has loaded, as consent platforms do. */
  '/late-banner': `${CONTENT}<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(banner(`${ACCEPT} ${DECLINE}`))}), 700)</script>`,
  /** A banner that only offers to accept: there is nothing to reject with. */
  '/accept-only': CONTENT + banner(ACCEPT),
  /** No banner at all. */
  '/plain': CONTENT,
}
