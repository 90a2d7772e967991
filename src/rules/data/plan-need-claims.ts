import type { Language } from '../../text/detect-language.js'

/** Words that tell visitors a plan is the one their situation needs, rather than one they may choose:
 * a claim of necessity, or a recommendation made for them in particular. A bare "Recommended" or
 * "Most popular" badge names no need and is not among them. One list per language the text
 * heuristics read. */
export const PLAN_NEED_CLAIMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['required for you*', 'necessary for you*', 'needed for you*', 'recommended for you*', 'what you need for your', 'you qualify only for'],
  de: ['erforderlich für sie', 'erforderlich für ihre*', 'notwendig für ihre*', 'für sie empfohlen', 'für ihre situation empfohlen', 'benötigen sie für'],
  fr: ['requis pour vo*', 'nécessaire pour vo*', 'indispensable pour vo*', 'recommandé pour vo*', 'adapté à votre situation'],
  es: ['necesario para tu*', 'necesario para su*', 'requerido para tu*', 'requerido para su*', 'recomendado para ti', 'recomendado para usted'],
  nl: ['vereist voor jou*', 'vereist voor u*', 'nodig voor jou*', 'nodig voor uw', 'aanbevolen voor jou', 'aanbevolen voor u'],
}
