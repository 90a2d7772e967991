/** Words naming the one kind of processing a site may make a condition: what is strictly necessary
 * to run it (ePrivacy Directive Art. 5(3), second sentence). A consent category named otherwise
 * (statistics, ads, third parties, personalisation) is optional, and a form that cannot be saved
 * with it switched off forces it. One list, every supported language; a trailing `*` lets the word
 * run on. */
export const NECESSARY_PROCESSING_WORDS: readonly string[] = [
  // en
  'necessary', 'strictly necessary', 'essential', 'required', 'technical', 'functional only',
  // de
  'notwendig*', 'erforderlich*', 'essenziell*', 'essentiell*', 'technisch*',
  // fr
  'nécessaire*', 'essentiel*', 'indispensable*', 'techniques',
  // es
  'necesari*', 'esencial*', 'imprescindible*', 'técnicas',
  // nl
  'noodzakelijk*', 'essentieel', 'essentiële', 'technische',
]
