import type { TrialTermsLexicon } from '../trial-terms.js'

/** English. "Trial" alone is left out: "skip the trial" and "trial sizes" offer nothing. */
export const trialTermsEn: TrialTermsLexicon = {
  offers: [
    'free trial', 'trial for free', 'try free', 'try it free', 'try for free', 'try it for free', 'try us free',
    'try * free', 'free for # days', 'free for # weeks', 'free for # months', 'free for a week', 'free for a month',
    '# days free', '# weeks free', '# months free', '#-day free', '#-week free', '#-month free', 'first box free',
    'first month free', 'first week free', 'first month for free', '$0 today', '$0.00 today', 'pay nothing today',
    'nothing to pay today', 'free today', 'risk-free trial', 'no-cost trial',
  ],
  notTrials: [
    'free shipping', 'free delivery', 'free returns', 'free recipe*', 'free e-book*', 'free ebook*', 'free gift*',
    'free sample*', 'free cancellation', 'free to cancel', 'gluten-free', 'dairy-free', 'sugar-free', 'hassle-free',
  ],
  conversions: [
    'then', 'thereafter', 'afterwards', 'after that', 'from then on', 'after your trial', 'after the trial',
    'after your free trial', 'after the free trial', 'when your trial ends', 'when the trial ends',
    'once your trial ends', 'at the end of your trial', 'at the end of the trial', 'after # days', 'after # weeks',
    'after the first box', 'after the first month', 'will be charged', "you'll be charged", 'will be billed',
    "you'll be billed", 'we will charge', "we'll charge", 'renews at', 'renews automatically', 'starting at',
  ],
  prices: ['<amount>'],
  lengths: [
    '# days', '# day', '# weeks', '# week', '# months', '# month', '#-day', '#-week', '#-month', 'one week', 'a week',
    'seven days', 'one month', 'a month', 'fourteen days', 'thirty days',
  ],
  conversionTemplates: ['{conversions} …8 {prices}', '{prices} …6 {conversions}'],
}
