import type { ConfirmshamingLexicon } from '../confirmshaming.js'

/** English. The first person is written out in every entry ("i don't want"), because that is what
 * makes a decline option speak for the user instead of to them. Each entry is one meaning with its
 * spellings: contractions and their long forms ("i'll", "i will"), tenses, and synonyms. */
export const confirmshamingEn: ConfirmshamingLexicon = {
  openers: [
    'no,? (thanks|thank you|thx)', '(no|nope|nah)', 'not (now|today|right now|this time)',
    "i('ll| will) pass", 'maybe (later|another time|next time)', 'skip',
  ],
  refusals: [
    // Not wanting, needing or caring for what is offered.
    "i (don't|do not|didn't|did not) (want|like|need|care (about|for)|feel|deserve)",
    // Someone in the user's care does without: the pet, the family, the garden.
    "(my|our) (pet|pets|dog|dogs|cat|cats|family|kids|children|child|baby|plants|garden|skin) (doesn't|does not|don't|do not) (want|need|deserve)",
    "i('d| would)? (hate|dislike|detest)", "i can('t|not) stand",
    "i('d| would)? (rather|prefer) not( to)?",
    "i('m| am) not (interested in|into)", 'i have no (interest in|use for|need for)',
    // Doing without it, now or from now on.
    "i('ll| will|'m| am)? (pass(ing)? on|skip(ping)?|say(ing)? no to|turn(ing)? down|giv(e|ing) up|miss(ing)? out on|(do|doing|go|going|live|living|fine|good|ok|okay|happy) without)",
    'who needs',
  ],
  benefits: [
    '(save|saves|saving|savings|saver|savers)', '(money|cash)',
    '(deal|deals|bargain*|sale|sales|discount*|offer|offers|exclusive*|promotion*|promo|promos|coupon*|voucher*)',
    '(#% off|<amount> off)', '(cheaper|lower price*|best price*)',
    'free( (stuff|things|gift*|shipping|delivery|sample*))?', 'freebie*', '(gift|gifts)',
    '(reward*|perk*|bonus*)',
    // Winning and luck.
    '(win|wins|winning|winner*|prize*|luck|lucky|jackpot*|giveaway*|sweepstake*)',
    // Being better off: smarter, healthier, in the know.
    '(best|better|smarter|smart|savvy|healthy|healthier|health)', '(cool|nice|good|great) (stuff|things)', 'fun',
    'protect*', '(in the know|informed|up-to-date)',
  ],
  choices: [
    "i('ll| will)", "i('d| would) (rather|sooner|prefer)( to)?", 'i (prefer|choose|want|like|love|enjoy)( to)?',
    "i('m| am) (happy|glad|fine|ok|okay|going)( to)?", 'let me',
  ],
  losses: [
    // Paying more than the offer asks: the full price, extra, the shipping.
    '(pay|paying) ((the )?(full|regular|retail|normal|original) price|(full )?retail|more|extra|double|(for )?(the )?(shipping|delivery|postage))',
    '(the )?(full|regular|retail|normal|original) price', 'full retail', 'overpay*',
    'without (a |the |any )?(discount*|saving*|deal|deals|coupon*)',
    // Staying behind, uninformed or left out.
    '(miss|missing) out', '(stay|remain|staying|remaining) (uninformed|unaware|clueless|in the dark|out of the loop)',
    '(be|being) left out',
    // Doing it the hard way, or later, or alone.
    'the (hard|expensive|difficult) way', 'regret (it|this)( later)?',
    'remember (it|this) (later|myself|on my own)', '(figure|work) (it|this) out (myself|on my own|alone)',
    // Taking on the risk or the liability instead.
    '(take|taking) my chance(s)?', '(take|taking|accept|accepting|assume|assuming) ((the|all( the)?|full|any) )?(risk*|responsibility|liability)',
    'risk it', 'at my own risk', '(stay |remain |go )?(unprotected|uninsured)',
  ],
  notForMe: [
    "((is|are)(n't| not)|'s not|'re not|ain't|not) for me", 'not (really )?my thing', '(is|are) overrated',
    '(is|are) for (suckers|losers|other people)',
  ],
  ordinary: [
    // Being sent messages, and the messages.
    '(receive|receiving|be sent|sent|send me|get emails|be contacted|hear from|hear about)',
    '(e-mail*|newsletter*|texts|text messages|sms|notification*|alert*|mailing*)',
    '(subscribe*|sign up|signing up)', '(share|sell) my', '(cookies|tracking)',
    // Stored data and the state of a form.
    '(my card|card details|payment details|payment method)', '(my details|my address|my information|my data|password)',
    '(my changes|preferences|settings|my cart|my basket|for later)',
  ],
  inverters: ['(miss|missing|lose|losing|waste|wasting|forgo|give up|risk|risking)', '(pay|paying|spend|spending)'],
  negations: ["(not|never|no longer|don't|won't|wouldn't|didn't)"],
  refusalTemplates: ['{refusals} … {benefits}', '{benefits} …2 {notForMe}'],
  lossTemplates: ['{choices} … {losses}', '{openers} …1 {losses}'],
}
