import { describe, expect, it } from 'vitest'
import { cancelRoutesIn, hardToCancel } from '../../src/text/hard-to-cancel.js'

describe('hardToCancel', () => {
  describe('fires when cancelling takes a call, a letter, an e-mail or support', () => {
    it.each([
      ['en', 'To cancel your membership, call 1-800-555-0199 between 9am and 5pm.'],
      ['en', 'Cancellations must be made by phone.'],
      ['en', 'Please contact customer service to cancel.'],
      ['en', 'You may end your subscription at any time by sending us written notice to our head office.'],
      ['en', 'If you would like to cancel your plan, email members@example.org and a member of the team will process it.'],
      ['en', 'Need to cancel? Subscribers can cancel through live chat with one of our agents.'],
      ['de', 'Kündigungen bitte schriftlich per Post an die unten genannte Adresse.'],
      ['de', 'Um zu kündigen, rufen Sie uns an: 030 1234567.'],
      ['de', 'Die Kündigung des Abos muss in Textform an kuendigung@example.de erfolgen.'],
      ['fr', 'Pour résilier votre abonnement, envoyez une lettre recommandée.'],
      ['es', 'Para cancelar tu suscripción, llámanos al 900 123 456.'],
      ['nl', 'Om je abonnement op te zeggen, bel je onze klantenservice.'],
      // The address of a contact or help page.
      ['en', 'To end your membership, use the form at www.example.com/contact-us and our staff will close it.'],
      ['en', 'Memberships are cancelled through example.org/customer-service.'],
      ['de', 'Ihr Abo kündigen Sie über https://www.example.de/kontakt.'],
      ['fr', "Pour résilier l'abonnement, rendez-vous sur example.fr/service-client."],
      ['es', 'Para dar de baja tu suscripción, visita example.es/atencion-al-cliente.'],
      ['nl', 'Je abonnement opzeggen gaat via www.example.nl/klantenservice.'],
    ])('%s: %s', (_lang, text) => {
      const result = hardToCancel(text)
      expect(result.match).toBe(true)
      expect(result.evidence.length).toBeGreaterThan(0)
    })

    it.each([
      'To discontinue your membership, speak with our member services team.',
      'Cancellation requests are accepted via post only.',
      'You can cancel over the telephone during opening hours.',
      'To cancel, fill in our enquiry form and a member of staff will get back to you.',
      'To end my subscription I had to send a message to support.',
      'Customers living in Vermont may also cancel online; everyone else must call 555-010-2000 to cancel.',
    ])('knows the spellings of each way: %s', (text) => {
      expect(hardToCancel(text, { lang: 'en' }).match).toBe(true)
    })

    it('scores a route worded as the only one higher', () => {
      expect(hardToCancel('Cancellations must be made by phone.').score).toBeGreaterThan(
        hardToCancel('You can cancel by phone.').score ?? 1,
      )
    })

    it('reads a contact line that answers a question about cancelling a membership', () => {
      const faq = 'How do I cancel my membership? We are sorry to see you go. Our team is available on weekdays: call 0800 123 4567.'
      const result = hardToCancel(faq)
      expect(result.match).toBe(true)
      expect(result.score).toBe(0.5)
    })

    it('reads the address of a help page that answers a question about cancelling a plan', () => {
      const faq = 'Can I cancel my plan before it renews? Our help desk sorts it out: example.net/support.'
      expect(hardToCancel(faq)).toMatchObject({ match: true, score: 0.5 })
    })

    it('does not let an online way for some residents only clear the text', () => {
      const text =
        'You may cancel your membership by calling 555-010-2000. Residents of some states may also cancel online in their account.'
      expect(hardToCancel(text).match).toBe(true)
      expect(cancelRoutesIn(text).restrictedOnline).toContain('online')
    })

    it.each([
      // A click, where a sentence of its own says cancelling needs contact.
      [
        'en',
        'Ending your subscription means you have to contact our billing team. To send a cancellation request, tap this link or write to billing@example.net.',
      ],
      ['en', 'Cancellations must be made by phone. To cancel, click here for our opening hours.'],
      [
        'de',
        'Die Kündigung muss schriftlich erfolgen. Zum Kündigen klicken Sie hier und schreiben Sie an vertrag@example.de.',
      ],
      ['fr', 'La résiliation doit se faire par courrier. Pour résilier, cliquez ici pour obtenir notre adresse.'],
      // An online way kept for the people of one place.
      ['en', 'To cancel your plan, ring 0800 765 4321. Members whose residence is in Oregon can also cancel online.'],
      ['en', 'Cancel by writing to us. If you are based in Quebec, you may cancel online in your account as well.'],
      ['de', 'Kündigungen bitte schriftlich per Post. Mitglieder mit Wohnsitz in Bayern können auch online kündigen.'],
      ['fr', 'Pour résilier, appelez le 01 23 45 67 89. Les clients domiciliés en Alsace peuvent aussi résilier en ligne.'],
      ['es', 'Para darte de baja, llámanos al 900 123 456. Quienes residan en Navarra pueden también darse de baja en línea.'],
      ['nl', 'Opzeggen kan per post. Klanten uit Limburg kunnen ook online opzeggen.'],
    ])('%s: an online mention that is no way open to all does not clear the text: %s', (_lang, text) => {
      expect(hardToCancel(text).match).toBe(true)
      expect(cancelRoutesIn(text).online).toEqual([])
    })
  })

  describe('leaves online cancelling, orders, returns and general contact alone', () => {
    it.each([
      ['en', 'Cancel anytime online in your account.'],
      ['en', 'Call us with questions about your order.'],
      ['en', 'Returns are free within 30 days. Contact us for a return label.'],
      ['en', 'To cancel an order, please call us at 555-123-4567.'],
      ['en', 'Orders can be cancelled by phone within one hour.'],
      ['en', 'Questions about cancelling? Our support team is happy to help at support@example.com.'],
      ['en', 'Your cancellation is confirmed. You will receive a confirmation email shortly.'],
      ["en", "We'll confirm your cancellation by email."],
      ['en', 'Reply STOP to cancel text messages.'],
      ['en', 'Free cancellation up to 24 hours before your stay. Contact us at hello@hotel.example.'],
      ['en', 'You can cancel your subscription at any time. For help, email help@example.com.'],
      ['en', 'Cancel your mobile phone contract at any time.'],
      ['en', 'Members can cancel at any time from the Membership page. If you need help, call us at 555-123-4567.'],
      [
        'en',
        'How do I cancel? Go to Account > Subscription and click Cancel subscription. Need help? Call us at 555-123-4567.',
      ],
      [
        'en',
        'Shipping & Returns: Orders ship within 2 business days. If you need to change or cancel an order, contact us within 1 hour at 555-123-4567.',
      ],
      ['en', 'You can stop your subscription from your account at any time.'],
      ['en', 'Cancel your plan through our website, or talk to us if you have questions.'],
      ['en', 'To cancel an order, submit a ticket within one hour.'],
      ['en', 'To cancel your membership, press the button below or give us a call.'],
      ['en', 'You can call us to cancel. Or just tap Cancel plan on the billing screen to end your subscription.'],
      ['en', 'Cancellations must reach us in writing. Members can also cancel online from their profile.'],
      ['de', 'Du kannst dein Abo mit einem Klick kündigen oder uns anrufen.'],
      ['en', 'End your subscription online from your account. Step-by-step guidance lives at example.com/help.'],
      ['en', 'Need to cancel an order? Reach us at shop.example.com/contact within an hour of buying.'],
      ['en', 'Product questions? Our team answers at example.com/support.'],
      ['en', 'Write to info@example.com/help about anything.'],
      [
        'en',
        'How do I cancel my membership? Open Settings, choose Membership and press End membership. Stuck? Email help@example.com.',
      ],
      ['de', 'Wie kündige ich mein Abo? Tippe in der Übersicht auf Abo beenden. Fragen? Schreib an hilfe@example.de.'],
      ['fr', 'Comment résilier mon abonnement ? Appuyez sur Résilier dans le menu. Un souci ? Écrivez à aide@example.fr.'],
      ['nl', 'Hoe zeg ik mijn abonnement op? Tik op Opzeggen in het menu. Vragen? Mail naar hulp@example.nl.'],
      ['de', 'Du kannst dein Abo jederzeit online im Kundenkonto kündigen.'],
      ['de', 'Jetzt Vertrag kündigen: Klicken Sie auf „Verträge hier kündigen“.'],
      [
        'de',
        'Um Ihr Widerrufsrecht auszuüben, müssen Sie uns mittels einer eindeutigen Erklärung (z. B. ein mit der Post versandter Brief oder E-Mail) informieren.',
      ],
      ['fr', 'Vous pouvez résilier en ligne depuis votre espace client.'],
      ['es', 'Puedes darte de baja en tu cuenta en cualquier momento.'],
      ['nl', 'Je kunt je abonnement altijd online opzeggen via mijn account.'],
    ])('%s: %s', (_lang, text) => {
      expect(hardToCancel(text).match).toBe(false)
    })
  })

  it('does not fire when an online way open to all stands beside the phone, and says so in a low score', () => {
    const result = hardToCancel('You can cancel your subscription online, or call us if you prefer.')
    expect(result.match).toBe(false)
    expect(result.score).toBeLessThan(0.5)
    expect(result.evidence).toContain('online')
  })
})
