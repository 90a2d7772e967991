import type { StepRecord } from '../../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement, TextBlock } from '../../capture/page-snapshot.js'
import { mentions } from '../../text/match-topic.js'
import { pathOf } from './flows.js'
import { ownElements } from './own-elements.js'

/** A way to reach a person: an e-mail or phone link, a contact form, or an address or number written
 * out on the page. */
export interface ContactChannel {
  kind: 'email' | 'phone' | 'form'
  text: string
  target: SnapshotElement | TextBlock
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u
const PHONE = /\+?\d[\d\s().\-/]{5,}\d/

const isServiceMailbox = (address: string): boolean => mentions((address.split('@')[0] ?? '').replace(/[._+-]/g, ' '), 'serviceMailbox')

const isLinkOrButton = (el: SnapshotElement): boolean =>
  el.tag === 'a' || el.tag === 'button' || el.role === 'link' || el.role === 'button'

/** Whether the page, as a whole, is about help or contact: its path or one of its headings. */
export function isHelpPage(snapshot: PageSnapshot): boolean {
  return (
    mentions(pathOf(snapshot.url).replace(/[/_-]/g, ' '), 'help') ||
    snapshot.texts.some((t) => t.visible && t.kind === 'heading' && mentions(t.text, 'help'))
  )
}

/** The ways to reach the business a page shows. The e-mail link or message box of a chat widget or
 * an ad drawn into the page is the vendor's, not the site's. */
export function contactChannels(snapshot: PageSnapshot): ContactChannel[] {
  const channels: ContactChannel[] = []
  const own = ownElements(snapshot)
  for (const el of own) {
    if (!el.visible) continue
    const href = el.href?.toLowerCase() ?? ''
    if (href.startsWith('mailto:')) channels.push({ kind: 'email', text: el.name || href, target: el })
    else if (href.startsWith('tel:')) channels.push({ kind: 'phone', text: el.name || href, target: el })
  }
  // A free-text box is a contact form only where the page or the box is about contact: the same box
  // on a cancellation survey ("Tell us why you are leaving") reaches no one.
  const helpPage = isHelpPage(snapshot)
  for (const el of own) {
    if (!el.visible || el.disabled || el.tag !== 'textarea') continue
    const about = `${el.labelText ?? ''} ${el.name} ${el.region ?? ''}`
    if (helpPage || mentions(about, 'help') || mentions(about, 'contactMethod')) {
      channels.push({ kind: 'form', text: el.labelText || el.name || 'contact form', target: el })
    }
  }
  for (const block of snapshot.texts) {
    if (!block.visible) continue
    const email = EMAIL.exec(block.text)
    // An address on the page is a channel when the text offers it ("Email us at ...") or it is a
    // business's mailbox ("support@"); "Signed in as alex@example.com" is the user's own.
    if (email && (mentions(block.text, 'contactMethod') || mentions(block.text, 'help') || isServiceMailbox(email[0]))) {
      channels.push({ kind: 'email', text: email[0], target: block })
    } else if (mentions(block.text, 'contactMethod')) {
      const phone = PHONE.exec(block.text)
      if (phone && phone[0].replace(/\D/g, '').length >= 7) channels.push({ kind: 'phone', text: phone[0], target: block })
    }
  }
  return channels
}

/** The page's own links and buttons that lead to help or contact: named so, or an e-mail or phone link. */
export function helpRoutes(snapshot: PageSnapshot): SnapshotElement[] {
  return ownElements(snapshot).filter((el) => {
    if (!el.visible || !isLinkOrButton(el)) return false
    const href = el.href?.toLowerCase() ?? ''
    return href.startsWith('mailto:') || href.startsWith('tel:') || mentions(el.name || el.text, 'help')
  })
}

/** Whether the step typed a password: from then on the browser context is logged in. */
export function fillsPassword(step: StepRecord, before: PageSnapshot | undefined): boolean {
  if (step.kind !== 'fill' || step.status !== 'ok') return false
  const field = before?.elements.find((e) => e.selector === step.target?.selector)
  return field?.type === 'password' || mentions(step.target?.text, 'password') || mentions(step.action, 'password')
}
