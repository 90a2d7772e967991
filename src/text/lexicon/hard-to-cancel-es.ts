import type { HardToCancelLexicon } from '../hard-to-cancel.js'

// La dirección de una página de contacto o de ayuda: "example.es/contacto", "www.example.es/ayuda".
const CONTACT_PAGE = '<site>/(contacto|ayuda|soporte|atencion-al-cliente|contact|help|support)'

/** Spanish. Ending a contract is as often "dar de baja" as "cancelar". */
export const hardToCancelEs: HardToCancelLexicon = {
  cancel: [
    'cancel*', '(dar|darte|darse|date) de baja', 'baja', '(anular|anulación)', '(rescindir|rescisión)',
  ],
  offlineRoutes: [
    // Una llamada, una carta, un correo, un chat.
    '(por )?teléfono', '(llamar|llamando|llámanos|llame|llama)',
    'por (correo( electrónico)?|email|e-mail|escrito|carta|chat)', '(envíanos un correo|escríbenos)',
    '(carta|burofax)',
    // La atención al cliente.
    '(contactar|contacta|contacte|contactando)', '(ponte|póngase) en contacto',
    '(atención|servicio) al cliente', 'servicio de atención', 'formulario de contacto', '<phone>', '<email>',
    CONTACT_PAGE,
  ],
  onlineRoutes: [
    '(en línea|online)', '(en tu|en su|mi|tu) cuenta', 'área (de cliente|personal)', 'en la (web|app|aplicación)',
    'configuración', 'tú mismo',
  ],
  clicks: ['(haz clic|haciendo clic|pulsa|pulsando|toca|botón)'],
  contactForms: ['formulario de contacto', 'formulario'],
  restrictions: [
    // Dónde vive el usuario: "residentes en", "con domicilio en". No "clientes en …": "en línea" no es
    // un lugar.
    '(residen*|resid(a|an|e|ir)|domicili*)',
    'solo para', 'reservado a',
  ],
  oneOff: ['pedido*', 'reserva*', 'compra*', 'artículo*', 'envío*', 'cita'],
  subscriptions: ['suscripci*', 'membresía', 'contrato', 'plan', 'cuenta', 'tarifa', 'abono'],
  contactInstructions: [
    'contáctanos', 'llámanos', 'escríbenos', 'ponte en contacto', 'póngase en contacto', '<phone>', '<email>',
    CONTACT_PAGE,
  ],
  questions: ['pregunta*', 'duda*', 'ayuda'],
  outbound: ['confirmación', 'recibirás', 'recibirá', 'te enviaremos', 'le enviaremos'],
  requirements: [
    'debe', 'deben', 'debes', 'solo', 'sólo', 'únicamente', 'exclusivamente', 'es necesario', 'obligatorio',
    'por favor',
  ],
  routeTemplates: ['{cancel} …20 {offlineRoutes}', '{offlineRoutes} …20 {cancel}'],
  oneOffTemplates: ['{cancel} …3 {oneOff}', '{oneOff} …4 {cancel}'],
}
