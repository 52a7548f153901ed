import type { LocalizedEmail } from '../../platform/mail/localized-email';

export const verifyEmailMessage: LocalizedEmail<{ name: string; url: string; hours: number }> = {
  en: (p) => ({
    subject: 'Confirm your email for ClientFlow',
    greeting: `Hi ${p.name},`,
    intro: ['Please confirm that this is your email address, so we can reach you about your account.'],
    action: { label: 'Confirm my email', url: p.url },
    outro: [
      `The link works once and expires in ${p.hours} hours.`,
      'If you did not create a ClientFlow account, you can ignore this email.',
    ],
  }),
  pt: (p) => ({
    subject: 'Confirme o seu email no ClientFlow',
    greeting: `Olá ${p.name},`,
    intro: ['Confirme que este é o seu endereço de email, para podermos contactá-lo sobre a sua conta.'],
    action: { label: 'Confirmar o meu email', url: p.url },
    outro: [
      `A ligação só funciona uma vez e expira dentro de ${p.hours} horas.`,
      'Se não criou uma conta no ClientFlow, pode ignorar este email.',
    ],
  }),
  es: (p) => ({
    subject: 'Confirma tu correo en ClientFlow',
    greeting: `Hola ${p.name}:`,
    intro: ['Confirma que esta es tu dirección de correo, para que podamos escribirte sobre tu cuenta.'],
    action: { label: 'Confirmar mi correo', url: p.url },
    outro: [
      `El enlace funciona una sola vez y caduca en ${p.hours} horas.`,
      'Si no creaste una cuenta en ClientFlow, puedes ignorar este correo.',
    ],
  }),
  fr: (p) => ({
    subject: 'Confirmez votre adresse e-mail pour ClientFlow',
    greeting: `Bonjour ${p.name},`,
    intro: ['Merci de confirmer que cette adresse e-mail est bien la vôtre, afin que nous puissions vous joindre.'],
    action: { label: 'Confirmer mon adresse', url: p.url },
    outro: [
      `Le lien ne fonctionne qu’une fois et expire dans ${p.hours} heures.`,
      'Si vous n’avez pas créé de compte ClientFlow, ignorez simplement cet e-mail.',
    ],
  }),
};

export const passwordResetMessage: LocalizedEmail<{ name: string; url: string; minutes: number }> = {
  en: (p) => ({
    subject: 'Reset your ClientFlow password',
    greeting: `Hi ${p.name},`,
    intro: [
      'Someone asked to reset the password of your ClientFlow account. To choose a new password, open this link:',
    ],
    action: { label: 'Choose a new password', url: p.url },
    outro: [
      `The link works once and expires in ${p.minutes} minutes. Resetting signs you out on every device.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
  }),
  pt: (p) => ({
    subject: 'Redefinir a sua palavra-passe do ClientFlow',
    greeting: `Olá ${p.name},`,
    intro: [
      'Foi pedida a redefinição da palavra-passe da sua conta ClientFlow. Para escolher uma nova, abra esta ligação:',
    ],
    action: { label: 'Escolher nova palavra-passe', url: p.url },
    outro: [
      `A ligação só funciona uma vez e expira dentro de ${p.minutes} minutos. A redefinição termina a sessão em todos os dispositivos.`,
      'Se não fez este pedido, ignore este email: a sua palavra-passe mantém-se.',
    ],
  }),
  es: (p) => ({
    subject: 'Restablece tu contraseña de ClientFlow',
    greeting: `Hola ${p.name}:`,
    intro: [
      'Alguien pidió restablecer la contraseña de tu cuenta de ClientFlow. Para elegir una nueva, abre este enlace:',
    ],
    action: { label: 'Elegir una contraseña nueva', url: p.url },
    outro: [
      `El enlace funciona una sola vez y caduca en ${p.minutes} minutos. Al restablecerla se cerrará tu sesión en todos los dispositivos.`,
      'Si no lo pediste, ignora este correo: tu contraseña no cambia.',
    ],
  }),
  fr: (p) => ({
    subject: 'Réinitialisez votre mot de passe ClientFlow',
    greeting: `Bonjour ${p.name},`,
    intro: [
      'Une réinitialisation du mot de passe de votre compte ClientFlow a été demandée. Pour en choisir un nouveau, ouvrez ce lien :',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: p.url },
    outro: [
      `Le lien ne fonctionne qu’une fois et expire dans ${p.minutes} minutes. La réinitialisation vous déconnecte de tous vos appareils.`,
      'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.',
    ],
  }),
};

export const passwordChangedMessage: LocalizedEmail<{ name: string; url: string }> = {
  en: (p) => ({
    subject: 'Your ClientFlow password was changed',
    greeting: `Hi ${p.name},`,
    intro: ['The password of your ClientFlow account was just changed, and your other devices were signed out.'],
    action: { label: 'This wasn’t me: reset my password', url: p.url },
    outro: ['If this was not you, reset your password at once and tell your workspace owner.'],
  }),
  pt: (p) => ({
    subject: 'A sua palavra-passe do ClientFlow foi alterada',
    greeting: `Olá ${p.name},`,
    intro: [
      'A palavra-passe da sua conta ClientFlow acabou de ser alterada e a sessão foi terminada nos outros dispositivos.',
    ],
    action: { label: 'Não fui eu: redefinir a palavra-passe', url: p.url },
    outro: ['Se não foi você, redefina já a palavra-passe e avise o proprietário da sua área de trabalho.'],
  }),
  es: (p) => ({
    subject: 'Se cambió tu contraseña de ClientFlow',
    greeting: `Hola ${p.name}:`,
    intro: [
      'La contraseña de tu cuenta de ClientFlow se acaba de cambiar y se cerró la sesión en tus otros dispositivos.',
    ],
    action: { label: 'No fui yo: restablecer mi contraseña', url: p.url },
    outro: ['Si no fuiste tú, restablece tu contraseña ahora mismo y avisa al propietario de tu espacio.'],
  }),
  fr: (p) => ({
    subject: 'Votre mot de passe ClientFlow a été modifié',
    greeting: `Bonjour ${p.name},`,
    intro: [
      'Le mot de passe de votre compte ClientFlow vient d’être modifié et vos autres appareils ont été déconnectés.',
    ],
    action: { label: 'Ce n’était pas moi : réinitialiser mon mot de passe', url: p.url },
    outro: [
      'Si ce n’était pas vous, réinitialisez immédiatement votre mot de passe et prévenez le propriétaire de votre espace.',
    ],
  }),
};
