import type { ChoiceWordingLexicon } from '../choice-wording.js'

/** English. "Save" is in no list: "Save changes" and "Save 50%" say opposite things. */
export const choiceWordingEn: ChoiceWordingLexicon = {
  leave: [
    'cancel my', 'cancel your', 'cancel membership', 'cancel subscription', 'cancel plan', 'cancel account',
    'cancel anyway', 'cancel now', 'continue to cancel', 'continue cancelling', 'continue canceling',
    'continue with cancellation', 'proceed to cancel', 'finish cancel*', 'confirm cancel*', 'yes, cancel', 'yes cancel',
    'cancellation', 'end my', 'end membership', 'end subscription', 'end your', 'unsubscribe', 'terminate*',
    'close my account', 'close account', 'stop my subscription', 'stop subscription', 'turn off auto-renew*',
    'cancel', 'i still want to cancel', 'still cancel',
  ],
  keep: [
    'keep my', 'keep your', 'keep the', 'keep plan', 'keep reading', 'keep watching', 'keep listening',
    'keep streaming', 'keep learning', 'keep access', 'keep subscription', 'keep membership', 'stay', "i'll stay",
    'stay subscribed', 'accept', 'accept offer', 'accept the offer', 'accept all', 'claim*', 'redeem', 'take the offer',
    'take offer', 'get the offer', 'get offer', 'get # off', 'get #% off', 'switch to', 'switch plan', 'upgrade*',
    'add', 'add to', 'yes', 'pause*', 'renew*', 'continue my', 'continue subscription', 'continue membership',
  ],
  decline: [
    'no thanks', 'no, thanks', 'no thank you', 'not now', 'not interested', 'decline', 'reject', 'reject all',
    'refuse', 'skip', 'continue without', 'without', 'remove', "i don't want", 'i do not want', "don't", 'do not', 'no',
  ],
  consentTopics: ['cookie*', 'consent', 'privacy', 'tracking', 'personal data'],
  dismissal: ['cancel', 'close', 'dismiss', 'back', 'go back', 'discard', 'discard changes', 'cancel editing'],
}
