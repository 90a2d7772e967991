import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** English. The first person is written out in every entry ("i don't want"), because that is what
 * makes a decline option speak for the user instead of to them. */
export const confirmshamingEn: ConfirmshamingLexicon = {
  openers: [
    'no thanks', 'no, thanks', 'no thank you', 'no, thank you', 'nah', 'nope', 'no', 'not now', 'not today',
    "i'll pass", 'i will pass', 'maybe later', 'skip',
  ],
  refusals: [
    "i don't want", 'i do not want', "i don't like", 'i do not like', "i don't need", 'i do not need',
    "i don't care about", "i don't care for", "i don't feel", 'i do not feel', "i don't deserve", 'i hate',
    'i dislike', "i'd hate", "i'd rather not", 'i would rather not', "i'd prefer not to", 'i would prefer not to',
    'i prefer not to', "i'm not interested in", 'i am not interested in', "i'm not into", "i'll pass on",
    'i will pass on', "i'll skip", 'i will skip', "i'll miss out on", "i'll do without", "i'll go without",
    "i'll live without", "i'm fine without", "i'm good without", "i'll say no to", 'i say no to',
    "i'll turn down", "i'm turning down", "i'll give up", "i'm giving up", 'who needs',
  ],
  benefits: [
    'save', 'saving', 'savings', 'saver', 'money', 'cash', 'deal', 'deals', 'discount*', 'offer', 'offers',
    'exclusive*', 'free', 'freebie*', 'free stuff', 'free things', 'gift', 'gifts', 'promotion*', 'promo',
    'promos', 'coupon*', 'voucher*', 'reward*', 'perk*', 'bonus*', 'win', 'winning', 'prize*', 'lucky', 'luck',
    'bargain*', 'sale', 'sales', 'cheaper', 'lower price*', 'best price*', 'best', 'better', 'smarter', 'smart',
    'savvy', 'cool stuff', 'cool things', 'nice things', 'good stuff', 'good things', 'fun', 'protect*',
    'protection', 'in the know', 'informed', 'up to date', 'healthy', 'healthier', '#% off', '<amount> off',
  ],
  choices: [
    "i'll", 'i will', "i'd rather", 'i would rather', "i'd prefer to", 'i would prefer to', 'i prefer',
    "i'm happy to", 'i am happy to', 'i enjoy', 'i like', 'i love', "i'm fine", "i'm ok", "i'm okay",
    "i'm going to", 'i choose to', 'i want to', 'let me',
  ],
  losses: [
    'pay full price', 'pay the full price', 'paying full price', 'paying the full price', 'full price',
    'full retail', 'regular price', 'pay retail', 'pay more', 'paying more', 'pay extra', 'overpay*',
    'pay for shipping', 'pay shipping', 'paying for shipping', 'miss out', 'missing out', 'stay uninformed',
    'remain uninformed', 'stay in the dark', 'be left out', 'the hard way', 'the expensive way',
    'take my chances', 'take the risk', 'risk it', 'stay unprotected', 'unprotected', 'without a discount',
    'without the discount', 'without discount*', 'without saving*', 'without the savings', 'without a deal',
  ],
  notForMe: [
    "isn't for me", 'is not for me', "aren't for me", 'are not for me', 'not for me', 'not my thing',
    'is overrated', 'are overrated',
  ],
  ordinary: [
    'receive', 'receiving', 'be sent', 'sent', 'send me', 'get emails', 'email*', 'e-mail*', 'newsletter*', 'texts', 'text messages',
    'sms', 'notification*', 'alert*', 'mailing*', 'be contacted', 'hear from', 'hear about', 'subscribe*',
    'sign up', 'signing up', 'share my', 'sell my', 'cookies', 'tracking', 'my card', 'card details',
    'my details', 'password', 'payment details', 'payment method', 'my address', 'my information', 'my data',
    'my changes', 'preferences', 'settings', 'my cart', 'my basket', 'for later',
  ],
  inverters: ['miss', 'missing', 'lose', 'losing', 'waste', 'wasting', 'pay', 'paying', 'spend', 'spending', 'forgo', 'give up'],
  negations: ['not', 'never', "don't", "won't", "wouldn't", "didn't", 'no longer'],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
