import type { TrickQuestionLexicon } from '../trick-question.js'

/** English. */
export const trickQuestionEn: TrickQuestionLexicon = {
  boxActions: [
    'tick', 'ticked', 'ticking', 'check', 'checked', 'checking', 'checkbox*', 'check box', 'box', 'select',
    'selected', 'mark', 'marked',
  ],
  boxNegations: [
    'untick*', 'un-tick*', 'uncheck*', 'un-check*', 'unselect*', 'deselect*', 'unmark*', 'leave blank',
    'leave empty', 'leave it blank', 'leave it empty', 'leave this box empty', 'leave this box blank', 'clear the box',
  ],
  negations: [
    'not', 'do not', "don't", 'does not', "doesn't", 'did not', "didn't", 'would not', "wouldn't", 'will not',
    "won't", 'cannot', "can't", 'never', 'no', 'neither', 'nor', 'unless',
  ],
  consentTopics: [
    'receive', 'receiving', 'contact*', 'hear from', 'hear about', 'email*', 'e-mail*', 'newsletter*', 'offers',
    'promotion*', 'marketing', 'updates', 'news', 'brochure*', 'catalogue*', 'catalog*', 'mailing*', 'sms',
    'texts', 'messages', 'share', 'sharing', 'shared', 'third part*', 'partners', 'information', 'informed',
    'subscribe*', 'opt in', 'opt-in', 'opt out', 'opt-out',
  ],
  conditions: ['if you', "if you'd", 'if you would', 'should you', 'in case you'],
  negatedActionTemplates: ['{negations} …2 {boxActions}'],
  refusalTemplates: ['{conditions} …3 {negations}'],
  optOuts: ['unsubscribe*', 'opt out', 'opt-out', 'opting out', 'stop receiving', 'withdraw my consent'],
}
