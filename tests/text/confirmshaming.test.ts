import { describe, expect, it } from 'vitest'
import { confirmshaming } from '../../src/text/confirmshaming.js'

describe('confirmshaming', () => {
  describe('fires on a decline worded to shame', () => {
    it.each([
      ['en', "No thanks, I'd rather keep paying more for coffee"],
      ['en', "Nope, I enjoy missing out on exclusive deals"],
      ['en', "No, I'll stay uninformed"],
      ['en', 'I prefer to pay more'],
      ['en', "I'm not interested in saving"],
      ['en', "NO THANKS, I DONT WANT FREE DELIVERY"],
      ['en', 'No thank you — cheaper prints are not for me'],
      ['en', "No, I'll take my chances without protection"],
      ['de', 'Nein danke, ich verzichte auf Rabatte'],
      ['de', 'Nein danke, ich zahle lieber den vollen Preis'],
      ['de', 'Nein danke, Sparen ist nichts für mich'],
      ['de', 'Nein, ich möchte kein Geld sparen'],
      ['fr', 'Non merci, je préfère payer plein tarif'],
      ['fr', "Non merci, je n'aime pas les bonnes affaires"],
      ['es', 'No gracias, prefiero pagar el precio completo'],
      ['es', 'No gracias, no me gustan los descuentos'],
      ['nl', 'Nee bedankt, ik betaal liever de volle prijs'],
      ['nl', 'Nee bedankt, ik hou niet van korting'],
    ])('%s: %s', (_lang, text) => {
      const result = confirmshaming(text)
      expect(result.match).toBe(true)
      expect(result.evidence.length).toBeGreaterThan(0)
      expect(result.score).toBeGreaterThan(0.5)
    })
  })

  describe('leaves a plain or ordinary decline alone', () => {
    it.each([
      ['en', 'No thanks'],
      ['en', 'Decline'],
      ['en', 'No, thank you'],
      ['en', 'No thanks, maybe later'],
      ['en', "No, don't save my card"],
      ['en', "No thanks, I don't want to receive special offers by email"],
      ['en', "I'd rather not pay full price"],
      ['en', "I don't want a discount code sent to my phone"],
      ['en', "No thanks, I'll check out as a guest"],
      ['en', "No thanks, I'll keep my current plan"],
      ['en', "I don't want to lose my progress"],
      ['en', 'Yes, I want 10% off'],
      ['en', 'I love saving on groceries!'],
      ['de', 'Nein, danke'],
      ['de', 'Nein, ich möchte keinen Newsletter erhalten'],
      ['fr', 'Non merci'],
      ['fr', 'Non, je ne souhaite pas recevoir la newsletter'],
      ['es', 'No gracias'],
      ['es', 'No quiero recibir ofertas por correo'],
      ['nl', 'Nee bedankt'],
      ['nl', 'Ik wil geen nieuwsbrief ontvangen'],
    ])('%s: %s', (_lang, text) => {
      expect(confirmshaming(text)).toEqual({ match: false, evidence: [] })
    })
  })

  describe('knows each family of English wording in all its spellings', () => {
    it.each([
      // Rather not, in every contraction.
      ['Nah, I would rather not save', "I rather not win a thing", 'I prefer not to get the better price'],
      // Not wanting or needing, long and short.
      ['No thx, I do not need savings', "NO, I DIDN'T WANT A BONUS", "I don´t care for lower prices"],
      // Hating.
      ["No, I can't stand winning", 'I would hate to get the best deal', 'I detest bargains'],
      // Doing without, in each tense.
      ['I will pass on free samples', "No, I'm skipping the giveaway", "Nope, I'm fine without rewards", 'I am giving up coupons'],
      // A loss that falls on someone in the user's care.
      ["No thanks, my cat doesn't deserve the best", 'My family does not need protection', 'Our kids don´t want better food'],
      // Paying more than the offer asks.
      ["No thank you, I'll gladly pay the regular price", "No thanks, I'm happy paying for postage", 'I prefer paying extra', 'I love to pay retail'],
      // Staying uninformed, said with irony.
      ['No thanks, maybe I’ll just stay uninformed', 'I will remain clueless', "I'd rather stay out of the loop"],
      // Putting it off, or doing it alone.
      ["No thanks, I'll remember this later", "No, I'll figure it out myself", "No thanks, I'll regret it later"],
      // Taking on the risk or the liability instead.
      ["No thanks, I'll accept the risk", 'No thanks, I accept full liability', "I'll ship it at my own risk", "I'd rather stay uninsured"],
      // Saying the benefit is not for the user.
      ["Deals aren't for me", 'Savings are not for me', "Coupons ain't for me", 'Discounts are for suckers'],
    ])('%s', (...texts) => {
      for (const text of texts) expect(confirmshaming(text).match, text).toBe(true)
    })

    it.each([
      'No thanks', 'Not right now', 'Maybe next time', "I'll pass", "I'd rather not say", "I don't want to receive e-mails",
      "I'm not interested in newsletters", "My dog doesn't need a bigger bed", "I'll pay by card", 'I accept the terms',
      "No, I'll set it up myself", "I'd rather not pay for shipping", 'Yes, free shipping is for me', "I'll skip this step",
      'I love spending more time outdoors', 'It is not for me to say',
    ])('leaves %j alone', (text) => {
      expect(confirmshaming(text).match).toBe(false)
    })
  })

  describe('knows the same families in the other languages', () => {
    it.each([
      ['de', 'Nein danke, mein Hund braucht keinen Schutz'],
      ['de', 'Nee danke, ich brauche lieber keine Gutscheine'],
      ['de', 'Nein danke, ich trage das volle Risiko'],
      ['de', 'Nein, ich mache es auf die teure Tour'],
      ['fr', "Non merci, mon chien n'a pas besoin de protection"],
      ['fr', 'Non merci, je prends le risque'],
      ['fr', "Les bons plans, ce n'est pas mon truc"],
      ['es', 'No gracias, mi perro no necesita protección'],
      ['es', 'Prefiero correr el riesgo'],
      ['es', 'Los descuentos no son para mi'],
      ['nl', 'Nee bedankt, mijn kat hoeft geen korting'],
      ['nl', 'Nee dank je, ik neem het risico'],
      ['nl', 'Ik wil liever het risico lopen'],
    ])('%s: %s', (_lang, text) => {
      expect(confirmshaming(text).match).toBe(true)
    })

    it.each([
      ['de', 'Nein, das Risiko trägt der Verkäufer'],
      ['de', 'Mein Hund braucht keinen Maulkorb'],
      ['fr', 'Non, le risque est faible'],
      ['es', 'Asumo que el riesgo es bajo'],
      ['nl', 'Nee, het risico is klein'],
    ])('%s: leaves %j alone', (_lang, text) => {
      expect(confirmshaming(text).match).toBe(false)
    })
  })

  describe('leaves the accepting side alone, though it is worded with a refusal', () => {
    it.each([
      ['en', "Yes! I don't want to miss out on deals"],
      ['en', "I don't want to waste money"],
      ['en', "No, I don't want to risk my health"],
      ['de', 'Ich möchte keine Angebote verpassen'],
      ['de', 'Ich kaufe gerne mehr Produkte'],
      ['fr', 'Je ne veux pas rater les promos'],
      ['es', 'No quiero perderme las ofertas'],
      ['es', 'No quiero pagar el precio completo'],
      ['nl', 'Ik wil geen korting mislopen'],
    ])('%s: %s', (_lang, text) => {
      expect(confirmshaming(text).match).toBe(false)
    })
  })

  it('reads a long text sentence by sentence, and ignores opinions in body text', () => {
    const review =
      'I bought these boots for a winter trip across the mountains last year and they kept my feet warm and dry every single day, so honestly I would happily pay full price again for boots this good than buy cheap ones twice.'
    expect(confirmshaming(review).match).toBe(false)
  })

  it('names the opener and the phrase as evidence, as written', () => {
    expect(confirmshaming('No thanks, I don’t like cheaper groceries.').evidence).toEqual(['No thanks', "I don't like cheaper"])
  })

  it('reads an accent, backtick or prime typed for an apostrophe as one', () => {
    for (const apostrophe of ['´', '`', '′', 'ʼ']) {
      expect(confirmshaming(`No thanks, I don${apostrophe}t like cheaper groceries`).match).toBe(true)
    }
  })

  it('uses the language it is given instead of guessing', () => {
    expect(confirmshaming('ich verzichte auf Rabatte', { lang: 'de-AT' }).match).toBe(true)
    expect(confirmshaming('ich verzichte auf Rabatte', { lang: 'en' }).match).toBe(false)
  })
})
