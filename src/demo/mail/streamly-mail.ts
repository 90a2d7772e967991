import { escapeHtml } from '../../report/html/safe-html.js'
import type { Variant } from '../pages/site-pages.js'

/** What the member did, as Streamly's pages report it to the server. */
export interface MemberEvent {
  event: 'signup' | 'purchase' | 'cancel'
  email: string
  name: string
  plan: string
  price: string
  /** The last day of the paid month, as the account shows it. */
  until: string
}

export interface DemoMail {
  subject: string
  text: string
  html: string
}


/** One e-mail from paragraphs: the text part and an HTML part in Streamly's colours. */
function mail(subject: string, paragraphs: string[]): DemoMail {
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f7;font:15px/1.5 Arial,sans-serif;color:#1d1d28">
<table role="presentation" width="100%"><tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:22px;color:#e50914">Streamly</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</td></tr></table></body></html>`
  return { subject, text: paragraphs.join('\n\n'), html }
}

/** The e-mails Streamly sends for what a member did. The dark variant's order e-mail says nothing of
 * the renewal or of cancelling, it sends no confirmation of a cancellation, and it bills the member
 * right after they cancelled; the fair variant does none of that. */
export function streamlyMail(variant: Variant, member: MemberEvent): DemoMail[] {
  const hello = `Hi ${member.name || 'there'},`
  if (member.event === 'signup') {
    return [mail('Welcome to Streamly', [hello, 'Your Streamly account is ready. Add a payment method to start watching.'])]
  }
  if (member.event === 'purchase') {
    if (variant === 'dark') return [mail('Your Streamly receipt', [hello, 'Thank you for your purchase!', `${member.plan} plan: ${member.price}`, 'Enjoy watching.'])]
    return [
      mail('Thanks for your order', [
        hello,
        `Thank you for your order: Streamly ${member.plan}, ${member.price} a month.`,
        `Your membership renews automatically every month at ${member.price} until you cancel.`,
        'You can cancel anytime online under Account › Membership › Cancel membership; you keep access until the end of the month you paid for.',
      ]),
    ]
  }
  if (variant === 'dark') {
    return [mail('Your Streamly receipt', [hello, `We charged ${member.price} to your card for your next month of ${member.plan}.`, 'Invoice #SM-20931'])]
  }
  return [
    mail('Your Streamly membership has been cancelled', [
      hello,
      `Your Streamly ${member.plan} membership has been cancelled.`,
      `You keep access until ${member.until || 'the end of your billing period'} and you will not be charged again.`,
    ]),
  ]
}
