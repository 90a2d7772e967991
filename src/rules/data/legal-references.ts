import type { LegalReference } from '../../report/model.js'

// The provisions the rules point to, in one place so that they can be reviewed without reading rule
// code. A reference says which provision a finding touches; whether the practice is unlawful depends
// on facts a browser cannot see (who the consumer is, where, what the contract says).

// --- European Union ---

export const crdAdditionalPayments: LegalReference = {
  law: 'EU CRD',
  cite: 'Directive 2011/83/EU (Consumer Rights Directive), Art. 22',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
  effectiveFrom: '2014-06-13',
  note: 'Express consent is needed for any payment beyond the main obligation; consent inferred from default options the consumer must reject (pre-ticked boxes) does not count and the payment must be reimbursed.',
}

export const crdOrderInformation: LegalReference = {
  law: 'EU CRD',
  cite: 'Directive 2011/83/EU (Consumer Rights Directive), Art. 8(2)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
  effectiveFrom: '2014-06-13',
  note: 'Directly before the consumer places an online order, the main characteristics, total price and duration must be shown clearly and prominently.',
}

export const crdContractConfirmation: LegalReference = {
  law: 'EU CRD',
  cite: 'Directive 2011/83/EU (Consumer Rights Directive), Art. 8(7)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
  effectiveFrom: '2014-06-13',
  note: 'The trader must confirm the contract concluded on a durable medium within a reasonable time.',
}

export const gdprConsentDefinition: LegalReference = {
  law: 'GDPR',
  cite: 'Regulation (EU) 2016/679, Art. 4(11)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  effectiveFrom: '2018-05-25',
  note: 'Consent is a freely given, specific, informed and unambiguous indication by a statement or a clear affirmative action.',
}

export const gdprConditionsForConsent: LegalReference = {
  law: 'GDPR',
  cite: 'Regulation (EU) 2016/679, Art. 7',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  effectiveFrom: '2018-05-25',
  note: 'The controller must be able to demonstrate consent; a request for consent must be distinguishable from other matters; withdrawing must be as easy as giving it.',
}

export const planet49: LegalReference = {
  law: 'CJEU Planet49',
  cite: 'Judgment of the Court of Justice of 1 October 2019, Case C-673/17, Planet49 (ECLI:EU:C:2019:801)',
  jurisdiction: 'eu',
  url: 'https://curia.europa.eu/juris/liste.jsf?num=C-673/17',
  effectiveFrom: '2019-10-01',
  note: 'A pre-ticked checkbox the user must untick to refuse is not valid consent.',
}

export const ePrivacyUnsolicitedCommunications: LegalReference = {
  law: 'ePrivacy Directive',
  cite: 'Directive 2002/58/EC, Art. 13',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  note: 'Direct-marketing e-mail needs the recipient\'s prior consent, save the soft opt-in for similar products with a clear chance to object.',
}

export const ePrivacyCookies: LegalReference = {
  law: 'ePrivacy Directive',
  cite: 'Directive 2002/58/EC, Art. 5(3)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  note: 'Storing or reading information on the user\'s device (cookies, trackers) needs consent, save what is strictly necessary for the service asked for.',
}

export const ucpdMisleadingPractices: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Art. 6-7',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'Misleading actions and omissions, including hiding or providing in an unclear or untimely manner material information such as the price.',
}

export const ucpdAggressiveBarriers: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Art. 8-9, in particular Art. 9(d)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'Onerous or disproportionate non-contractual barriers imposed where the consumer wishes to terminate a contract or switch trader.',
}

export const ucpdAggressivePractices: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Art. 8-9',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'A practice is aggressive when harassment, coercion or undue influence significantly impairs the consumer\'s freedom of choice; its timing, nature and wording count (Art. 9(a)). Guilt-laden wording of the option to decline is a form of pressure the Commission\'s guidance on the Directive discusses under these articles.',
}

export const ucpdInertiaSelling: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I point 29',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'Demanding payment for products supplied by the trader but not solicited by the consumer is unfair in all circumstances.',
}

export const dsaInterfaceDesign: LegalReference = {
  law: 'EU DSA',
  cite: 'Regulation (EU) 2022/2065 (Digital Services Act), Art. 25',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  effectiveFrom: '2024-02-17',
  note: 'Online platforms must not design interfaces that deceive or manipulate, e.g. making the procedure for terminating a service more difficult than subscribing to it (Art. 25(3)(c)); applies to online platforms and not to practices covered by the UCPD or GDPR.',
}

export const crdOrderButton: LegalReference = {
  law: 'EU CRD',
  cite: 'Directive 2011/83/EU (Consumer Rights Directive), Art. 8(2), second subparagraph',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
  effectiveFrom: '2014-06-13',
  note: 'When placing an order the consumer must explicitly acknowledge that it implies an obligation to pay; an order button must be labelled only with "order with obligation to pay" or an equally unambiguous wording, or the consumer is not bound.',
}

export const crdWithdrawalButton: LegalReference = {
  law: 'EU CRD',
  cite: 'Directive 2011/83/EU (Consumer Rights Directive), Art. 11a, inserted by Directive (EU) 2023/2673',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2023/2673/oj',
  effectiveFrom: '2026-06-19',
  note: 'A contract concluded through an online interface must be withdrawable through a "withdraw from contract here" function (or equally unambiguous wording), prominently displayed and available throughout the withdrawal period, followed by a confirmation step and an acknowledgement on a durable medium.',
}

export const ucpdPriceIndication: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Art. 7(4)(c)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'In an invitation to purchase, the price inclusive of taxes and, where appropriate, all additional freight, delivery or postal charges (or the fact that they may be payable) is material information; leaving it out misleads by omission.',
}

export const ucpdFalseLimitedTime: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I point 7',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'Falsely stating that a product, or particular terms, will only be available for a very limited time to elicit an immediate decision is unfair in all circumstances.',
}

export const ucpdFalseFree: LegalReference = {
  law: 'EU UCPD',
  cite: 'Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I point 20',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  note: 'Describing a product as "free" or "without charge" when the consumer has to pay anything beyond the unavoidable cost of responding and collecting is unfair in all circumstances.',
}

export const gdprFreelyGivenConsent: LegalReference = {
  law: 'GDPR',
  cite: 'Regulation (EU) 2016/679, Art. 7(4)',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  effectiveFrom: '2018-05-25',
  note: 'Consent is not freely given where the performance of a contract is made conditional on consent to processing that the contract does not need.',
}

export const gdprSecurityOfProcessing: LegalReference = {
  law: 'GDPR',
  cite: 'Regulation (EU) 2016/679, Art. 32',
  jurisdiction: 'eu',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  effectiveFrom: '2018-05-25',
  note: 'Personal data must be protected by appropriate technical measures, including encryption in transit where the risk calls for it; a form that sends passwords or card data unencrypted falls short.',
}

// --- Germany ---

export const bgbCancellationButton: LegalReference = {
  law: 'BGB',
  cite: 'Bürgerliches Gesetzbuch § 312k (Kündigung von Verbraucherverträgen im elektronischen Geschäftsverkehr)',
  jurisdiction: 'de',
  url: 'https://www.gesetze-im-internet.de/bgb/__312k.html',
  effectiveFrom: '2022-07-01',
  note: 'A contract that can be concluded on a website must be terminable there through a clearly labelled cancellation button and confirmation page; the trader must confirm the termination, with the date it takes effect, immediately and in text form (§ 312k(4)).',
}

export const bgbCancellationConfirmationPage: LegalReference = {
  law: 'BGB',
  cite: 'Bürgerliches Gesetzbuch § 312k(2) (Bestätigungsseite)',
  jurisdiction: 'de',
  url: 'https://www.gesetze-im-internet.de/bgb/__312k.html',
  effectiveFrom: '2022-07-01',
  note: 'The cancellation button must lead directly to a confirmation page that asks only for the kind of termination (and the reason for an extraordinary one), the consumer\'s identification, the contract, the time the termination should take effect and an electronic address for the confirmation, and that carries a "jetzt kündigen" button. Requiring a login or other data first puts a barrier the provision does not allow.',
}

export const bgbCancellationConfirmationText: LegalReference = {
  law: 'BGB',
  cite: 'Bürgerliches Gesetzbuch § 312k(4) (Bestätigung der Kündigung)',
  jurisdiction: 'de',
  url: 'https://www.gesetze-im-internet.de/bgb/__312k.html',
  effectiveFrom: '2022-07-01',
  note: 'The trader must confirm a termination declared through the cancellation button immediately ("unverzüglich") and in text form, e.g. by e-mail, with its content, the date and time it was received and the date the contract ends.',
}

export const bgbOrderButton: LegalReference = {
  law: 'BGB',
  cite: 'Bürgerliches Gesetzbuch § 312j(3)-(4) (Bestellbutton)',
  jurisdiction: 'de',
  url: 'https://www.gesetze-im-internet.de/bgb/__312j.html',
  effectiveFrom: '2012-08-01',
  note: 'An online order button must be labelled with nothing but "zahlungspflichtig bestellen" or an equally unambiguous wording; otherwise no contract is concluded.',
}

export const bgbWithdrawalButton: LegalReference = {
  law: 'BGB',
  cite: 'Bürgerliches Gesetzbuch § 356a (Widerrufsbutton)',
  jurisdiction: 'de',
  url: 'https://www.gesetze-im-internet.de/bgb/__356a.html',
  effectiveFrom: '2026-06-19',
  note: 'Germany\'s transposition of CRD Art. 11a: a contract concluded online must be withdrawable through a clearly labelled "Vertrag widerrufen" function for the whole withdrawal period, with a confirmation page and an acknowledgement in text form.',
}

// --- United Kingdom ---

export const ukAdditionalPayments: LegalReference = {
  law: 'UK CCRs 2013',
  cite: 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, reg. 40',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/40',
  effectiveFrom: '2014-06-13',
  note: 'A trader may not charge for extras unless the consumer expressly consented; consent inferred from default options such as pre-ticked boxes is not express.',
}

export const ukDmccUnfairPractices: LegalReference = {
  law: 'UK DMCC Act',
  cite: 'Digital Markets, Competition and Consumers Act 2024, ss. 225-230',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/ukpga/2024/13/part/4/chapter/1',
  effectiveFrom: '2025-04-06',
  note: 'Prohibits unfair commercial practices: misleading actions and omissions, aggressive practices, omitting material information such as the total price from an invitation to purchase (drip pricing).',
}

export const ukDmccSubscriptions: LegalReference = {
  law: 'UK DMCC Act',
  cite: 'Digital Markets, Competition and Consumers Act 2024, Part 4 Chapter 2 (subscription contracts)',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/ukpga/2024/13/part/4/chapter/2',
  commenced: false,
  note: 'Consumers must be able to end a subscription by a clear statement without steps that are not reasonably necessary, and receive an end-of-contract notice. Not yet in force: it starts on a date the government sets by regulations.',
}

export const ukOrderButton: LegalReference = {
  law: 'UK CCRs 2013',
  cite: 'Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, reg. 14(3)-(4)',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/14',
  effectiveFrom: '2014-06-13',
  note: 'When an online order implies an obligation to pay, the consumer must explicitly acknowledge it; a button must be labelled "order with obligation to pay" or with similarly unambiguous wording, or the consumer is not bound.',
}

export const ukDmccDripPricing: LegalReference = {
  law: 'UK DMCC Act',
  cite: 'Digital Markets, Competition and Consumers Act 2024, s. 230 (material information in an invitation to purchase)',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/ukpga/2024/13/section/230',
  effectiveFrom: '2025-04-06',
  note: 'The total price, including mandatory fees and charges, is material information in an invitation to purchase; showing a headline price and adding unavoidable fees later (drip pricing) omits it.',
}

export const ukDmccBannedPractices: LegalReference = {
  law: 'UK DMCC Act',
  cite: 'Digital Markets, Competition and Consumers Act 2024, Schedule 20 (practices unfair in all circumstances)',
  jurisdiction: 'uk',
  url: 'https://www.legislation.gov.uk/ukpga/2024/13/schedule/20',
  effectiveFrom: '2025-04-06',
  note: 'Lists practices banned outright, among them falsely stating that a product, or particular terms, will only be available for a very limited time to elicit an immediate decision.',
}

// --- United States (federal) ---

export const roscaNegativeOption: LegalReference = {
  law: 'ROSCA',
  cite: '15 U.S.C. § 8403 (Restore Online Shoppers\' Confidence Act)',
  jurisdiction: 'us',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section8403&num=0&edition=prelim',
  effectiveFrom: '2010-12-29',
  note: 'An online negative-option charge needs clear disclosure of all material terms before billing information is taken, the consumer\'s express informed consent before the charge, and simple mechanisms to stop recurring charges.',
}

export const ftcNegativeOptionPolicy: LegalReference = {
  law: 'FTC Policy Statement',
  cite: 'FTC, Enforcement Policy Statement Regarding Negative Option Marketing (86 Fed. Reg. 60822)',
  jurisdiction: 'us',
  url: 'https://www.ftc.gov/legal-library/browse/federal-register-notices/enforcement-policy-statement-regarding-negative-option-marketing',
  effectiveFrom: '2021-10-28',
  note: 'Cancellation mechanisms should be at least as easy to use as the method the consumer used to buy; consent must be express and informed, not obtained through pre-checked boxes. The FTC\'s 2024 amendments to the Negative Option Rule ("click-to-cancel") were vacated by the Eighth Circuit in July 2025 (Custom Communications, Inc. v. FTC), so this statement and ROSCA remain the federal yardstick.',
}

export const ftcAmazonPrime: LegalReference = {
  law: 'FTC v. Amazon.com',
  cite: 'FTC v. Amazon.com, Inc., No. 2:23-cv-00932 (W.D. Wash.), stipulated order and settlement of September 2025 (Prime enrolment and cancellation)',
  jurisdiction: 'us',
  url: 'https://www.ftc.gov/news-events/news/press-releases/2025/09/ftc-secures-historic-25-billion-settlement-against-amazon',
  effectiveFrom: '2025-09-25',
  note: 'The FTC alleged that Amazon enrolled consumers in Prime without consent, among other things through a decline option worded "No, I don\'t want Free Shipping"; the settlement requires a clear, neutrally worded way to decline Prime and an easy way to cancel.',
}

export const ftcActDeception: LegalReference = {
  law: 'FTC Act',
  cite: '15 U.S.C. § 45(a) (FTC Act § 5)',
  jurisdiction: 'us',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section45&num=0&edition=prelim',
  note: 'Unfair or deceptive acts or practices in commerce are unlawful; the FTC has treated false scarcity claims, hidden mandatory fees and interfaces that steer consumers against their interest as deceptive or unfair.',
}

export const ftcFeesRule: LegalReference = {
  law: 'FTC Fees Rule',
  cite: '16 CFR Part 464 (Trade Regulation Rule on Unfair or Deceptive Fees)',
  jurisdiction: 'us',
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-464',
  effectiveFrom: '2025-05-12',
  note: 'Requires the total price, including all mandatory fees, to be shown more prominently than other pricing; it covers only live-event tickets and short-term lodging, so elsewhere it shows the FTC\'s view of drip pricing rather than a binding duty.',
}

// --- United States (states) ---

export const californiaArlConsent: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code § 17602(a) (Automatic Renewal Law, as amended by AB 2863)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
  effectiveFrom: '2025-07-01',
  note: 'The consumer must be charged only after giving express affirmative consent to the automatic renewal offer terms, shown clearly and conspicuously; the business must send an acknowledgment with the terms, cancellation policy and how to cancel.',
}

export const californiaArlCancellation: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code § 17602 (online cancellation, as amended by AB 2863)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
  effectiveFrom: '2025-07-01',
  note: 'A consumer who accepted online must be able to cancel online, at will and immediately, through a prominently located direct link or button, without steps that obstruct or delay cancellation.',
}

export const californiaArlAcknowledgment: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code § 17602(a)(3) (acknowledgment)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
  effectiveFrom: '2010-12-01',
  note: 'After an automatic renewal or continuous service offer is accepted, the business must send an acknowledgment the consumer can keep (an e-mail will do) that includes the automatic renewal terms, the cancellation policy and information on how to cancel.',
}

export const ccpaConsent: LegalReference = {
  law: 'CCPA',
  cite: 'Cal. Civ. Code § 1798.140(h) (consent) and (l) (dark pattern)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.140',
  effectiveFrom: '2023-01-01',
  note: 'Consent is a freely given, specific, informed and unambiguous indication by a clear affirmative act; agreement obtained through dark patterns is not consent.',
}

export const massachusettsFeesAndRenewals: LegalReference = {
  law: 'MA 940 CMR 38',
  cite: '940 CMR 38.00 (Massachusetts Attorney General, Unfair and Deceptive Fees)',
  jurisdiction: 'us-ma',
  url: 'https://www.mass.gov/regulations/940-CMR-3800-unfair-and-deceptive-fees',
  effectiveFrom: '2025-09-02',
  note: 'Requires the total price to be disclosed up front and optional charges to be identified, and for recurring charges a simple cancellation mechanism available through the medium the consumer used to sign up.',
}

export const californiaArlClearDisclosure: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code §§ 17601(c), 17602(a)(1) (clear and conspicuous renewal terms)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17601',
  effectiveFrom: '2010-12-01',
  note: 'Automatic renewal offer terms (that it renews until cancelled, the cancellation policy, the recurring charge, its period and a minimum term) must be shown clearly and conspicuously before the subscription is fulfilled and in visual proximity to the request for consent: larger type than the surrounding text, or contrasting type, font or colour, or set off so that it calls attention to itself.',
}

export const californiaArlFreeTrial: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code § 17602 (free gift or trial offers)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
  effectiveFrom: '2010-12-01',
  note: 'An automatic renewal offer that includes a free gift or trial must say clearly and conspicuously what will be charged after the trial ends, or how the price will change, and how to cancel before the consumer pays.',
}

export const californiaArlSaveOffers: LegalReference = {
  law: 'CA ARL',
  cite: 'Cal. Bus. & Prof. Code § 17602 (save offers on cancellation, as amended by AB 2863)',
  jurisdiction: 'us-ca',
  url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=17602',
  effectiveFrom: '2025-07-01',
  note: 'A business may present a discount or other retention offer when a consumer cancels online only if it also shows, at the same time, a prominently located way to proceed with the cancellation.',
}

export const newYorkAutoRenewal: LegalReference = {
  law: 'NY GBL',
  cite: 'N.Y. Gen. Bus. Law § 527-a (automatic renewal)',
  jurisdiction: 'us-ny',
  url: 'https://www.nysenate.gov/legislation/laws/GBS/527-A',
  effectiveFrom: '2021-02-09',
  note: 'Automatic renewal terms must be disclosed clearly and conspicuously before the subscription is fulfilled and in visual proximity to the request for consent, with affirmative consent; a consumer who accepted online must be able to cancel online.',
}

export const coloradoAutoRenewal: LegalReference = {
  law: 'CO automatic renewal law',
  cite: 'Colo. Rev. Stat. § 6-1-732, as amended by SB25-145',
  jurisdiction: 'us-co',
  url: 'https://leg.colorado.gov/bills/sb25-145',
  note: 'Colorado\'s automatic renewal provisions require clear disclosure and affirmative consent and an easy online way to cancel; the 2025 amendments address retention offers presented during cancellation.',
}

export const minnesotaAutoRenewal: LegalReference = {
  law: 'MN automatic renewal law',
  cite: 'Minn. Stat. §§ 325G.56-325G.62',
  jurisdiction: 'us-mn',
  url: 'https://www.revisor.mn.gov/statutes/cite/325G.56',
  effectiveFrom: '2025-01-01',
  note: 'Requires clear disclosure and affirmative consent to automatic renewal, cancellation through the medium used to sign up (online cancellation for online sign-ups), and limits retention offers during cancellation to consumers who agree to hear them.',
}
