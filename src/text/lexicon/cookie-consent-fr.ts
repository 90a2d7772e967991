import type { CookieConsentLexicon } from '../cookie-consent.js'

/** French. */
export const cookieConsentFr: CookieConsentLexicon = {
  topics: ['cookie*', 'traceur*', 'témoin*'],
  refuse: [
    'refuser', 'tout refuser', 'refuser tout', 'refuser les cookies', 'rejeter', 'tout rejeter', 'je refuse',
    'continuer sans accepter', 'uniquement les cookies nécessaires', 'nécessaires uniquement', 'essentiels uniquement',
  ],
  settings: ['paramètres', 'paramétrer', 'personnaliser', 'gérer', 'gérer les cookies', 'préférences', 'plus d\'options', 'options'],
  accept: ['accepter', 'tout accepter', 'accepter tout', 'accepter les cookies', "j'accepte", 'autoriser', 'tout autoriser', "d'accord"],
}
