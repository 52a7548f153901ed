import type { AuthAccessMessages } from './en';

export const authAccessEs: AuthAccessMessages = {
  'invite.title': 'Te damos la bienvenida a tu portal de cliente',
  'invite.body': 'Te invitaron al portal de cliente. Acepta para entrar en este dispositivo, sin contraseña.',
  'invite.button': 'Aceptar invitación',
  'invite.expiredTitle': 'Esta invitación caducó o ya se usó',
  'invite.expiredBody': 'Cada invitación funciona una vez. Entra con tu correo y te enviaremos un enlace nuevo.',
  'invite.signIn': 'Entrar con mi correo',

  'entry.portalFor': 'Portal de {client}',
  'entry.by': 'por {agency}',
  'entry.invalidTitle': 'Esta dirección del portal no es válida',
  'entry.invalidBody':
    'Puede que el enlace esté mal escrito o se haya reemplazado. Consúltalo con tu agencia o entra con tu correo.',
  'entry.signIn': 'Entrar con mi correo',
};
