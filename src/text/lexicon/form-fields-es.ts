import type { FormFieldsLexicon } from '../form-fields.js'

export const formFieldsEs: FormFieldsLexicon = {
  identification: [
    'nombre', 'apellido*', 'correo( electrónico)?', 'e-mail', 'usuario', 'nombre de usuario', 'dni', 'nif',
    'número de (cliente|contrato|socio|pedido|abonado)', 'dirección( postal)?', 'código postal', 'ciudad',
  ],
  birthDate: ['fecha de nacimiento'],
  phone: ['teléfono', '(número de )?(móvil|celular)', 'tel'],
  hardToHave: [
    'número de (serie|modelo|producto|factura|ticket)', 'imei', 'fecha de (compra|adquisición)', 'comprobante( de compra)?', 'ticket de compra',
    'factura', 'recibo', 'foto*', 'imagen*', 'captura de pantalla', 'adjunt*', 'archivo*', 'subir', 'documento*',
  ],
  unrelated: ['sexo', 'género', 'ingresos', 'salario', 'profesión', 'ocupación', 'estado civil', 'cómo nos (conoció|conociste|encontró)'],
  credentials: ['contraseña', 'clave', 'pin'],
  payment: ['iban', 'tarjeta( de crédito| de débito)?', 'número de tarjeta', 'cuenta bancaria', 'cvv', 'cvc'],
  message: ['mensaje', 'asunto', 'consulta', '(tu|su) pregunta', 'descripción', 'comentario*', 'cómo podemos ayudar(te|le)?'],
  requiredMarks: ['obligatorio*', 'requerido'],
  optionalMarks: ['opcional', 'si (está disponible|lo tiene)'],
}
