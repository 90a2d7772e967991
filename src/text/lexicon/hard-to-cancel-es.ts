import type { HardToCancelLexicon } from '../hard-to-cancel.js'

/** Spanish. Ending a contract is as often "dar de baja" as "cancelar". */
export const hardToCancelEs: HardToCancelLexicon = {
  cancel: [
    'cancel*', 'dar de baja', 'darte de baja', 'darse de baja', 'date de baja', 'baja', 'anular', 'anulación',
    'rescindir', 'rescisión',
  ],
  offlineRoutes: [
    'por teléfono', 'teléfono', 'llamar', 'llamando', 'llámanos', 'llame', 'llama', 'por correo',
    'por correo electrónico', 'por email', 'por e-mail', 'envíanos un correo', 'escríbenos', 'por escrito',
    'por carta', 'carta', 'burofax', 'por chat', 'contactar', 'contacta', 'contacte', 'contactando',
    'ponte en contacto', 'póngase en contacto', 'atención al cliente', 'servicio al cliente',
    'servicio de atención', 'formulario de contacto', '<phone>', '<email>',
  ],
  onlineRoutes: [
    'en línea', 'online', 'en tu cuenta', 'en su cuenta', 'mi cuenta', 'tu cuenta', 'área de cliente',
    'área personal', 'haz clic', 'haciendo clic', 'pulsa', 'botón', 'en la web', 'en la app', 'en la aplicación',
    'configuración', 'tú mismo',
  ],
  contactForms: ['formulario de contacto', 'formulario'],
  restrictions: ['solo para', 'residentes', 'reservado a'],
  oneOff: ['pedido*', 'reserva*', 'compra*', 'artículo*', 'envío*', 'cita'],
  subscriptions: ['suscripci*', 'membresía', 'contrato', 'plan', 'cuenta', 'tarifa', 'abono'],
  contactInstructions: [
    'contáctanos', 'llámanos', 'escríbenos', 'ponte en contacto', 'póngase en contacto', '<phone>', '<email>',
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
